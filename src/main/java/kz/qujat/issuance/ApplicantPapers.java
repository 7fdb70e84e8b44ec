package kz.qujat.issuance;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.qujat.calendar.Deadline;
import kz.qujat.calendar.Deadlines;
import kz.qujat.catalog.Channel;
import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.Holder;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.Term;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Bilingual;
import kz.qujat.system.Iin;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * An applicant's paper (receipt, refusal, application) from a clerk's request: validated by the request's
 * constraints, checked against the school, given its deadline and drawn from its kind's template, then issued
 * by the {@link Issuer}.
 */
@Service
public class ApplicantPapers {

	/** The templates of receipts and refusals; an application's comes from its service's form. */
	static final Map<DocumentKind, String> TEMPLATES = Map.of(DocumentKind.RECEIPT, "receipt.ftlh", DocumentKind.REFUSAL,
			"refusal.ftlh");

	/**
	 * The applicant's contact details each template prints. The template and the PDF's {@code data.json} get only
	 * those, so that a forwarded file tells no more than the paper; the registry keeps the whole request. A template
	 * not named here, one an operator added, gets them all.
	 */
	static final Map<String, Set<String>> CONTACTS_PRINTED = Map.of("receipt.ftlh", Set.of(), "refusal.ftlh",
			Set.of("address", "phone"), "application.ftlh", Set.of("address", "phone", "email"),
			"application-teacher-attestation.ftlh", Set.of());

	static final Set<String> CONTACTS = Set.of("address", "phone", "email");

	private final ServiceCatalog catalog;
	private final Schools schools;
	private final Deadlines deadlines;
	private final Issuer issuer;
	private final JsonMapper json;
	private final Clock clock;

	ApplicantPapers(ServiceCatalog catalog, Schools schools, Deadlines deadlines, Issuer issuer, JsonMapper json,
			Clock clock) {
		this.catalog = catalog;
		this.schools = schools;
		this.deadlines = deadlines;
		this.issuer = issuer;
		this.json = json;
		this.clock = clock;
		TEMPLATES.values().forEach(issuer::requireTemplate);
		catalog.all().forEach(service -> issuer.requireTemplate(service.application().templateOrDefault()));
	}

	/** Issues the document a valid request describes, on behalf of a member of the school's staff. */
	public IssuedDocument issue(IssueRequest request, StaffMember clerk) {
		return issuer.issue(paper(draft(request, clerk)));
	}

	/** The PDF the request would give, marked as a sample: no number, no QR code, nothing stored. */
	public byte[] preview(IssueRequest request, StaffMember clerk) {
		return issuer.preview(paper(draft(request, clerk)));
	}

	/**
	 * The applicant's contact details ({@code address}, {@code phone}, {@code email}) the paper of {@code kind} for
	 * {@code service} prints, so that a form asks for those only.
	 */
	public Set<String> contactsPrinted(DocumentKind kind, ServiceDefinition service) {
		String template = switch (kind) {
			case APPLICATION -> service.application().templateOrDefault();
			default -> TEMPLATES.get(kind);
		};
		return template == null ? CONTACTS : CONTACTS_PRINTED.getOrDefault(template, CONTACTS);
	}

	private Draft draft(IssueRequest request, StaffMember clerk) {
		IssueRequest normalized = normalize(request);
		DocumentKind kind = normalized.documentKind().orElseThrow();
		ServiceDefinition service = catalog.require(normalized.service());
		School school = schools.require(clerk.schoolId());
		school.requireOffers(service.code());
		Instant submitted = switch (kind) {
			case REFUSAL -> normalized.refusal().applicationDate().atTime(school.hours().opens()).atZone(school.zone())
				.toInstant();
			default -> normalized.receivedAt() == null ? clock.instant() : normalized.receivedAt().toInstant();
		};
		return new Draft(normalized, kind, service, school, clerk, deadlines.of(service.term(), submitted, school));
	}

	private Paper paper(Draft draft) {
		IssueRequest request = draft.request();
		Deadline deadline = draft.deadline();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("school", draft.school());
		model.put("service", draft.service());
		model.put("title", draft.kind().title());
		model.put("deadline", deadline);
		model.put("clerk", draft.clerk());
		model.put("kk", request.languagesOrDefault().contains("kk"));
		model.put("ru", request.languagesOrDefault().contains("ru"));
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
			default -> throw new IllegalStateException(draft.kind() + " is not an applicant's paper");
		};
		IssueRequest shown = request.withApplicant(request.applicant().showing(CONTACTS_PRINTED.getOrDefault(template, CONTACTS)));
		model.put("applicant", shown.applicant());
		return Paper.forApplicant(draft.school(), draft.clerk(), draft.kind(), draft.service())
			.withHolder(new Holder(request.applicant().fullName(), Iin.of(request.applicant().iin())))
			.withChannel(Channel.fromCode(request.channelOrDefault()))
			.withTerm(new Term(deadline.submittedAt().toInstant(), deadline.acceptedAt().toInstant(), deadline.dueOn(),
					deadline.dueAt() == null ? null : deadline.dueAt().toInstant(), deadline.holidayCalendar()))
			.withContent(json.writeValueAsString(request), json.writeValueAsString(shown))
			.withTemplate(template, model);
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

	/** What a document is made from before it has a number. */
	private record Draft(IssueRequest request, DocumentKind kind, ServiceDefinition service, School school,
			StaffMember clerk, Deadline deadline) {
	}

	/** A row of the receipt's list of accepted documents. */
	public record Item(int no, Bilingual name, String note, Boolean original, Integer sheets) {
	}
}
