package kz.qujat.issuance;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import kz.qujat.registry.DocumentSignature;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.NewRegistration;
import kz.qujat.registry.Registration;
import kz.qujat.registry.RegistrationVoided;
import kz.qujat.rendering.DocumentRenderer;
import kz.qujat.rendering.RenderJob;
import kz.qujat.schools.AuditTrail;
import kz.qujat.schools.Schools;
import kz.qujat.signing.DocumentSigner;
import kz.qujat.signing.SignatureCheck;
import kz.qujat.signing.Signer;
import kz.qujat.system.Bilingual;
import kz.qujat.system.Sha256;
import kz.qujat.verification.VerificationCode;
import kz.qujat.verification.VerificationLinks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one path every paper takes once it is valid: take a number → render → sign → store. The number's lock is
 * held only while the number is taken; rendering and signing happen outside it, and a paper that fails to be
 * made leaves its number in the journal marked void. A school without a signing key is turned away before it
 * takes a number. A preview takes the same path without the number, the QR code, the signature and the storing.
 */
@Service
public class Issuer {

	private static final Logger log = LoggerFactory.getLogger(Issuer.class);

	private final IssuedDocuments documents;
	private final DocumentRenderer renderer;
	private final DocumentSigner signing;
	private final Schools schools;
	private final VerificationLinks links;
	private final AuditTrail audit;
	private final Clock clock;

	Issuer(IssuedDocuments documents, DocumentRenderer renderer, DocumentSigner signing, Schools schools,
			VerificationLinks links, AuditTrail audit, Clock clock) {
		this.documents = documents;
		this.renderer = renderer;
		this.signing = signing;
		this.schools = schools;
		this.links = links;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The paper that stands for a series (a service's poster, a year's report or journal printout): the current one
	 * while it still shows {@code content}, byte for byte as first issued; otherwise a new one from {@code issue},
	 * which supersedes the old one.
	 */
	public IssuedDocument currentOrIssue(UUID schoolId, String series, String content, Supplier<IssuedDocument> issue) {
		return documents.current(schoolId, series).filter(current -> content.equals(current.content())).orElseGet(issue);
	}

	public IssuedDocument issue(Paper paper, ZoneId zone) {
		Signer signer = signing.signerFor(paper.schoolId());
		VerificationCode code = VerificationCode.random();
		Instant now = clock.instant();
		Registration registration = documents.register(new NewRegistration(paper.schoolId(), paper.journal(),
				paper.numberPrefix(), paper.service(), paper.series(), now.atZone(zone).getYear(), paper.kind(),
				paper.channel(), code.value(), paper.applicantName(), paper.applicantIin(), paper.issuedBy(),
				paper.receivedAt(), paper.acceptedAt(), paper.dueOn(), paper.dueAt(), paper.holidayCalendar(),
				paper.content()));
		String number = registration.number().toString();
		try {
			Instant signedAt = registration.registeredAt();
			byte[] rendered = renderer.render(job(paper, number, signedAt, zone, code, signer));
			byte[] pdf = signing.sign(rendered, paper.schoolId(), signedAt);
			SignatureCheck signature = signing.check(pdf);
			IssuedDocument issued = documents.complete(registration, pdf, Sha256.hex(pdf),
					new DocumentSignature(signature.signer(), signedAt, signature.valid()));
			audit.record("document.issued", paper.schoolId(), number, paper.kind().code());
			return issued;
		}
		catch (RegistrationVoided e) {
			// the journal voided the number already: this instance is stopping, or the paper took too long
			throw e;
		}
		catch (RuntimeException e) {
			documents.voidPending(registration.id(), "rendering or signing failed");
			log.error("Document {} could not be made; its number is voided", number, e);
			throw e;
		}
	}

	/** The PDF the paper would be, marked as a sample: no number, no QR code, nothing stored. */
	public byte[] preview(Paper paper, ZoneId zone) {
		return renderer.render(job(paper, null, clock.instant(), zone, null, null));
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
	private RenderJob job(Paper paper, String number, Instant registeredAt, ZoneId zone, VerificationCode code,
			Signer signer) {
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
		Bilingual school = schools.require(paper.schoolId()).name();
		Map<String, String> metadata = new LinkedHashMap<>();
		String suffix = number == null ? " (ҮЛГІ / ОБРАЗЕЦ)" : " № " + number;
		metadata.put("Title", paper.title().kk() + suffix + " / " + paper.title().ru() + suffix);
		metadata.put("Title.kk", paper.title().kk() + suffix);
		metadata.put("Title.ru", paper.title().ru() + suffix);
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
