package kz.qujat.issuance;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import kz.qujat.registry.DocumentSignature;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.NewRegistration;
import kz.qujat.registry.Numbering;
import kz.qujat.registry.Registration;
import kz.qujat.registry.RegistrationVoided;
import kz.qujat.registry.VerificationCode;
import kz.qujat.rendering.DocumentRenderer;
import kz.qujat.rendering.RenderJob;
import kz.qujat.signing.DocumentSigner;
import kz.qujat.signing.SignatureCheck;
import kz.qujat.signing.Signer;
import kz.qujat.system.Bilingual;
import kz.qujat.system.Sha256;
import kz.qujat.verification.VerificationLinks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one path every paper takes once it is valid: take a number → render → sign → store. The number's lock is
 * held only while the number is taken; rendering and signing happen outside it, and a paper that fails to be
 * made leaves its number in the journal marked void. A school without a signing key is turned away before it
 * takes a number. A preview takes the same path without the number, the QR code, the signature and the storing.
 * {@link DocumentIssued} is told inside the transaction that stores the paper, so that what its listeners write
 * (the audit entry, the webhooks' deliveries) is kept exactly when the paper is.
 */
@Service
public class Issuer {

	private static final Logger log = LoggerFactory.getLogger(Issuer.class);

	private final Numbering numbering;
	private final IssuedDocuments documents;
	private final DocumentRenderer renderer;
	private final DocumentSigner signing;
	private final VerificationLinks links;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final MeterRegistry meters;
	private final Clock clock;

	Issuer(Numbering numbering, IssuedDocuments documents, DocumentRenderer renderer, DocumentSigner signing,
			VerificationLinks links, ApplicationEventPublisher events, TransactionTemplate transactions,
			MeterRegistry meters, Clock clock) {
		this.numbering = numbering;
		this.documents = documents;
		this.renderer = renderer;
		this.signing = signing;
		this.links = links;
		this.events = events;
		this.transactions = transactions;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * The paper that stands for its series (a service's poster, a year's report or journal printout): the current
	 * one while it still shows the paper's content, byte for byte as first issued; otherwise this paper, issued now,
	 * which supersedes the old one.
	 */
	public IssuedDocument currentOrIssue(Paper paper) {
		return documents.current(paper.school().id(), paper.series())
			.filter(current -> paper.content().equals(current.content()))
			.orElseGet(() -> issue(paper));
	}

	public IssuedDocument issue(Paper paper) {
		Signer signer = signing.signerFor(paper.school());
		VerificationCode code = VerificationCode.random();
		Instant now = clock.instant();
		Registration registration = numbering.take(new NewRegistration(paper.school().id(), paper.counter(),
				paper.service(), paper.series(), now.atZone(paper.school().zone()).getYear(), paper.kind(), paper.channel(),
				code, paper.holder(), paper.issuedBy(), paper.term(), paper.content()));
		String number = registration.number().toString();
		try {
			Instant signedAt = registration.registeredAt();
			byte[] rendered = renderer.render(job(paper, number, signedAt, code, signer));
			byte[] pdf = signing.sign(rendered, paper.school(), signedAt);
			SignatureCheck signature = signing.check(pdf);
			IssuedDocument issued = transactions.execute(status -> {
				IssuedDocument stored = documents.complete(registration, pdf, Sha256.hex(pdf),
						new DocumentSignature(signature.signer(), signedAt, signature.valid()));
				events.publishEvent(new DocumentIssued(stored));
				return stored;
			});
			count("issued", paper);
			return issued;
		}
		catch (RegistrationVoided e) {
			// the journal voided the number already: this instance is stopping, or the paper took too long
			throw e;
		}
		catch (RuntimeException e) {
			try {
				numbering.voidPending(registration.id(), "rendering or signing failed");
				log.error("Document {} could not be made; its number is voided", number, e);
			}
			catch (RuntimeException unreachable) {
				// the database went away mid-way: the sweep voids the number once it is back (abandon-after)
				e.addSuppressed(unreachable);
				log.error("Document {} could not be made, nor its number voided yet", number, e);
			}
			count("failed", paper);
			throw e;
		}
	}

	/** The PDF the paper would be, marked as a sample: no number, no QR code, nothing stored. */
	public byte[] preview(Paper paper) {
		byte[] sample = renderer.render(job(paper, null, clock.instant(), null, null));
		count("previewed", paper);
		return sample;
	}

	/** {@code qujat.papers}: papers issued, previewed or failed, by kind and service. */
	private void count(String outcome, Paper paper) {
		meters.counter("qujat.papers", "outcome", outcome, "kind", paper.kind().code(), "service",
				paper.service() == null ? "none" : paper.service()).increment();
	}

	/** What the document templates are now; see {@link DocumentRenderer#templatesVersion()}. */
	public String templatesVersion() {
		return renderer.templatesVersion();
	}

	/** Fails at startup unless the template exists and compiles. */
	public void requireTemplate(String template) {
		renderer.requireTemplate(template);
	}

	/**
	 * What to render; an issued paper carries its content, the data it was made from, inside the PDF, and names its
	 * {@code signer} beside the QR code.
	 */
	private RenderJob job(Paper paper, String number, Instant registeredAt, VerificationCode code, Signer signer) {
		ZoneId zone = paper.school().zone();
		Map<String, Object> model = new LinkedHashMap<>(paper.model());
		model.put("registeredAt", registeredAt.atZone(zone));
		model.put("preview", code == null);
		if (number != null) {
			model.put("number", number);
		}
		if (code != null) {
			model.put("verification", Map.of("code", code.grouped(), "url", links.pageOf(code)));
		}
		if (signer != null) {
			model.put("signature", Map.of("signer", signer.name(), "at", registeredAt.atZone(zone)));
		}
		List<RenderJob.Attachment> attachments = code == null ? List.of()
				: List.of(new RenderJob.Attachment("data.json", "application/json",
						"The data this document was made from, as far as the document shows it",
						paper.attached().getBytes(StandardCharsets.UTF_8)));
		return new RenderJob(paper.template(), model, metadata(paper, number, code), attachments);
	}

	/** The PDF's own description; the verification code in it lets an uploaded copy say which document it claims to be. */
	private Map<String, String> metadata(Paper paper, String number, VerificationCode code) {
		Bilingual school = paper.school().name();
		Bilingual title = paper.kind().title();
		Map<String, String> metadata = new LinkedHashMap<>();
		String suffix = number == null ? " (ҮЛГІ / ОБРАЗЕЦ)" : " № " + number;
		metadata.put("Title", title.kk() + suffix + " / " + title.ru() + suffix);
		metadata.put("Title.kk", title.kk() + suffix);
		metadata.put("Title.ru", title.ru() + suffix);
		metadata.put("Author", school.kk() + " / " + school.ru());
		if (paper.subject() != null) {
			metadata.put("Subject", paper.subject());
		}
		if (code != null) {
			metadata.put("Keywords", number + ", " + code.value());
			metadata.put("Identifier", code.value());
			metadata.put("QujatVerificationCode", code.value());
			metadata.put("QujatNumber", number);
		}
		return metadata;
	}
}
