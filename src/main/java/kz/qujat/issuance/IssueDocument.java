package kz.qujat.issuance;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.qujat.calendar.Deadline;
import kz.qujat.calendar.Deadlines;
import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.NewRegistration;
import kz.qujat.registry.Registration;
import kz.qujat.rendering.DocumentRenderer;
import kz.qujat.rendering.RenderJob;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Bilingual;
import kz.qujat.system.Iin;
import kz.qujat.verification.VerificationCode;
import kz.qujat.verification.VerificationLinks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one path every document takes: validate (done by the request's constraints) → take a number →
 * render → store. The number's lock is held only while the number is taken; rendering happens outside
 * it, and a document that fails to render leaves its number in the journal marked void.
 */
@Service
public class IssueDocument {

	private static final Logger log = LoggerFactory.getLogger(IssueDocument.class);

	/** The template of each kind, under {@code templates/documents}. */
	static final Map<DocumentKind, String> TEMPLATES = Map.of(DocumentKind.RECEIPT, "receipt.ftlh");

	/** The kinds a request may ask for: those with a template. */
	static final Set<String> KINDS = Set.of(DocumentKind.RECEIPT.code());

	private final ServiceCatalog catalog;
	private final Schools schools;
	private final Deadlines deadlines;
	private final IssuedDocuments documents;
	private final DocumentRenderer renderer;
	private final VerificationLinks links;
	private final JsonMapper json;
	private final Clock clock;

	IssueDocument(ServiceCatalog catalog, Schools schools, Deadlines deadlines, IssuedDocuments documents,
			DocumentRenderer renderer, VerificationLinks links, JsonMapper json, Clock clock) {
		this.catalog = catalog;
		this.schools = schools;
		this.deadlines = deadlines;
		this.documents = documents;
		this.renderer = renderer;
		this.links = links;
		this.json = json;
		this.clock = clock;
		TEMPLATES.values().forEach(renderer::requireTemplate);
	}

	/** Issues the document a valid request describes, on behalf of a member of the school's staff. */
	public IssuedDocument issue(IssueRequest request, StaffMember clerk) {
		IssueRequest normalized = normalize(request);
		DocumentKind kind = DocumentKind.fromCode(normalized.kind());
		ServiceDefinition service = catalog.require(normalized.service());
		School school = schools.require(clerk.schoolId());
		Instant now = clock.instant();
		Deadline deadline = deadlines.of(service.term(),
				normalized.receivedAt() == null ? now : normalized.receivedAt().toInstant(), school);
		VerificationCode code = VerificationCode.random();
		Iin iin = Iin.of(normalized.applicant().iin());

		Registration registration = documents.register(new NewRegistration(school.id(), service.code(),
				service.registrationPrefix(), now.atZone(school.zone()).getYear(), kind, normalized.channelOrDefault(),
				code.value(), normalized.applicant().fullName(), iin, clerk.id(), deadline.submittedAt().toInstant(),
				deadline.acceptedAt().toInstant(), deadline.dueOn(),
				deadline.dueAt() == null ? null : deadline.dueAt().toInstant(), deadline.holidayCalendar(),
				json.writeValueAsString(normalized)));
		try {
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("school", school);
			model.put("service", service);
			model.put("title", kind.title());
			model.put("number", registration.number().toString());
			model.put("registeredAt", registration.registeredAt().atZone(school.zone()));
			model.put("deadline", deadline);
			model.put("applicant", normalized.applicant());
			List<Item> items = items(service, normalized.documents());
			model.put("items", items);
			if (items.stream().allMatch(item -> item.sheets() != null)) {
				model.put("totalSheets", items.stream().mapToInt(Item::sheets).sum());
			}
			model.put("clerk", clerk);
			model.put("verification", Map.of("code", code.grouped(), "url", links.pageOf(code)));
			byte[] pdf = renderer.render(new RenderJob(TEMPLATES.get(kind), model,
					metadata(kind, registration.number().toString(), service, code)));
			return documents.complete(registration.id(), pdf, sha256(pdf));
		}
		catch (RuntimeException e) {
			documents.voidPending(registration.id(), "rendering failed");
			log.error("Document {} of {} could not be made; its number is voided", registration.number(), service.code(), e);
			throw e;
		}
	}

	/** Names and codes as the registry keeps them: NFC, so a Kazakh letter typed two ways is stored one way. */
	private static IssueRequest normalize(IssueRequest request) {
		IssueRequest.Applicant applicant = new IssueRequest.Applicant(
				Normalizer.normalize(request.applicant().fullName().strip(), Normalizer.Form.NFC),
				request.applicant().iin());
		return new IssueRequest(request.kind(), request.service(), request.channelOrDefault(), applicant,
				request.documents(), request.receivedAt());
	}

	private static List<Item> items(ServiceDefinition service, List<IssueRequest.AcceptedDocument> accepted) {
		List<Item> items = new ArrayList<>();
		for (IssueRequest.AcceptedDocument document : accepted) {
			items.add(new Item(items.size() + 1, service.document(document.code()).orElseThrow().name(),
					document.original(), document.sheets()));
		}
		return items;
	}

	private static Map<String, String> metadata(DocumentKind kind, String number, ServiceDefinition service,
			VerificationCode code) {
		return Map.of("Title", kind.title().kk() + " № " + number + " / " + kind.title().ru() + " № " + number,
				"Subject", service.name().ru(), "Keywords", code.value(), "QujatVerificationCode", code.value(),
				"QujatNumber", number);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	/** A row of the receipt's list of accepted documents. */
	public record Item(int no, Bilingual name, Boolean original, Integer sheets) {
	}
}
