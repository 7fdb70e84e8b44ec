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
 * it, and a document that fails to render leaves its number in the journal marked void. A preview takes
 * the same path without the number, the QR code and the storing.
 */
@Service
public class IssueDocument {

	private static final Logger log = LoggerFactory.getLogger(IssueDocument.class);

	/** The templates of receipts and refusals; an application's comes from its service's form. */
	static final Map<DocumentKind, String> TEMPLATES = Map.of(DocumentKind.RECEIPT, "receipt.ftlh", DocumentKind.REFUSAL,
			"refusal.ftlh");

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
		catalog.all().forEach(service -> renderer.requireTemplate(service.application().templateOrDefault()));
	}

	/** Issues the document a valid request describes, on behalf of a member of the school's staff. */
	public IssuedDocument issue(IssueRequest request, StaffMember clerk) {
		Draft draft = draft(request, clerk);
		VerificationCode code = VerificationCode.random();
		Registration registration = documents.register(new NewRegistration(draft.school().id(), draft.service().code(),
				draft.service().registrationPrefix(), draft.now().atZone(draft.school().zone()).getYear(), draft.kind(),
				draft.request().channelOrDefault(), code.value(), draft.request().applicant().fullName(),
				Iin.of(draft.request().applicant().iin()), clerk.id(), draft.deadline().submittedAt().toInstant(),
				draft.deadline().acceptedAt().toInstant(), draft.deadline().dueOn(),
				draft.deadline().dueAt() == null ? null : draft.deadline().dueAt().toInstant(),
				draft.deadline().holidayCalendar(), json.writeValueAsString(draft.request())));
		String number = registration.number().toString();
		try {
			byte[] pdf = renderer.render(job(draft, number, registration.registeredAt(), code));
			return documents.complete(registration.id(), pdf, sha256(pdf));
		}
		catch (RuntimeException e) {
			documents.voidPending(registration.id(), "rendering failed");
			log.error("Document {} of {} could not be made; its number is voided", number, draft.service().code(), e);
			throw e;
		}
	}

	/** The PDF the request would give, marked as a sample: no number, no QR code, nothing stored. */
	public byte[] preview(IssueRequest request, StaffMember clerk) {
		Draft draft = draft(request, clerk);
		return renderer.render(job(draft, null, draft.now(), null));
	}

	private Draft draft(IssueRequest request, StaffMember clerk) {
		IssueRequest normalized = normalize(request);
		DocumentKind kind = DocumentKind.fromCode(normalized.kind());
		ServiceDefinition service = catalog.require(normalized.service());
		School school = schools.require(clerk.schoolId());
		Instant now = clock.instant();
		Instant submitted = switch (kind) {
			case REFUSAL -> normalized.refusal().applicationDate().atTime(school.hours().opens()).atZone(school.zone())
				.toInstant();
			default -> normalized.receivedAt() == null ? now : normalized.receivedAt().toInstant();
		};
		return new Draft(normalized, kind, service, school, clerk, now, deadlines.of(service.term(), submitted, school));
	}

	private RenderJob job(Draft draft, String number, Instant registeredAt, VerificationCode code) {
		IssueRequest request = draft.request();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("school", draft.school());
		model.put("service", draft.service());
		model.put("title", draft.kind().title());
		model.put("registeredAt", registeredAt.atZone(draft.school().zone()));
		model.put("deadline", draft.deadline());
		model.put("applicant", request.applicant());
		model.put("clerk", draft.clerk());
		model.put("kk", request.languagesOrDefault().contains("kk"));
		model.put("ru", request.languagesOrDefault().contains("ru"));
		model.put("preview", code == null);
		if (number != null) {
			model.put("number", number);
		}
		if (code != null) {
			model.put("verification", Map.of("code", code.grouped(), "url", links.pageOf(code)));
		}
		String template = switch (draft.kind()) {
			case RECEIPT -> {
				List<Item> items = items(draft.service(), request.documents());
				model.put("items", items);
				if (items.stream().allMatch(item -> item.sheets() != null)) {
					model.put("totalSheets", items.stream().mapToInt(Item::sheets).sum());
				}
				yield TEMPLATES.get(DocumentKind.RECEIPT);
			}
			case REFUSAL -> {
				model.put("grounds", request.refusal().grounds().stream()
					.map(ground -> draft.service().refusalGround(ground).orElseThrow())
					.toList());
				model.put("explanation", request.refusal().explanation());
				model.put("applicationDate", request.refusal().applicationDate());
				yield TEMPLATES.get(DocumentKind.REFUSAL);
			}
			case APPLICATION -> {
				model.put("form", draft.service().application());
				model.put("answers", ApplicationFields.answers(draft.service().application(), request.application()));
				yield draft.service().application().templateOrDefault();
			}
		};
		return new RenderJob(template, model, metadata(draft.kind(), number, draft.service(), code));
	}

	/** Names as the registry keeps them: NFC, so a Kazakh letter typed two ways is stored one way. */
	private static IssueRequest normalize(IssueRequest request) {
		IssueRequest.Applicant applicant = request.applicant();
		IssueRequest.Applicant normalized = new IssueRequest.Applicant(
				Normalizer.normalize(applicant.fullName().strip(), Normalizer.Form.NFC), applicant.iin(),
				strip(applicant.address()), strip(applicant.phone()), strip(applicant.email()));
		return new IssueRequest(request.kind(), request.service(), request.channelOrDefault(),
				request.languagesOrDefault(), normalized, request.documents(), request.refusal(), request.application(),
				request.receivedAt());
	}

	private static String strip(String value) {
		return value == null || value.isBlank() ? null : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
	}

	private static List<Item> items(ServiceDefinition service, List<IssueRequest.AcceptedDocument> accepted) {
		List<Item> items = new ArrayList<>();
		for (IssueRequest.AcceptedDocument document : accepted) {
			items.add(new Item(items.size() + 1, service.document(document.code()).orElseThrow().name(),
					document.note() == null || document.note().isBlank() ? null : document.note().strip(),
					document.original(), document.sheets()));
		}
		return items;
	}

	private static Map<String, String> metadata(DocumentKind kind, String number, ServiceDefinition service,
			VerificationCode code) {
		Map<String, String> metadata = new LinkedHashMap<>();
		String suffix = number == null ? " (ҮЛГІ / ОБРАЗЕЦ)" : " № " + number;
		metadata.put("Title", kind.title().kk() + suffix + " / " + kind.title().ru() + suffix);
		metadata.put("Subject", service.name().ru());
		if (code != null) {
			metadata.put("Keywords", code.value());
			metadata.put("QujatVerificationCode", code.value());
			metadata.put("QujatNumber", number);
		}
		return metadata;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	/** What a document is made from before it has a number. */
	private record Draft(IssueRequest request, DocumentKind kind, ServiceDefinition service, School school,
			StaffMember clerk, Instant now, Deadline deadline) {
	}

	/** A row of the receipt's list of accepted documents. */
	public record Item(int no, Bilingual name, String note, Boolean original, Integer sheets) {
	}
}
