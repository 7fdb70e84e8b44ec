package kz.qujat.issuance.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import kz.qujat.calendar.Deadline;
import kz.qujat.calendar.Deadlines;
import kz.qujat.catalog.Channel;
import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.desk.DeskPage;
import kz.qujat.desk.FormProblems;
import kz.qujat.desk.Option;
import kz.qujat.frontdoor.ServiceChoices;
import kz.qujat.issuance.ApplicantPapers;
import kz.qujat.issuance.IssueRequest;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.DocumentNotFound;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Coded;
import kz.qujat.system.Failure;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * The desk's forms for an applicant's papers: a receipt, a motivated refusal, an application. Each is the API's
 * {@link IssueRequest} as a form ({@link PaperForm}), judged by the same rules ({@link FormProblems}) and issued or
 * previewed by the same {@link ApplicantPapers}; a form with a mistake comes back as typed, with each message beside
 * its field, as HTTP 400.
 */
@DeskPage
@RequestMapping("/desk/papers/new")
class PaperForms {

	/** The kinds of paper a form issues, as the path names them. */
	static final String KINDS = "{kind:receipt|refusal|application}";

	/** Where the session keeps the latest preview's PDF until its frame fetches it. */
	static final String PREVIEW = PaperForms.class.getName() + ".preview";

	/** The step that adds one more row of a document, e.g. {@code another-3}. */
	private static final String ANOTHER = "another-";

	private static final Pattern DOCUMENT_PATH = Pattern.compile("documents\\[(\\d+)](.*)");

	private final ApplicantPapers papers;
	private final ServiceCatalog catalog;
	private final Schools schools;
	private final Deadlines deadlines;
	private final FormProblems problems;
	private final Clock clock;
	private final ServiceChoices choices;

	PaperForms(ApplicantPapers papers, ServiceCatalog catalog, Schools schools, Deadlines deadlines,
			FormProblems problems, Clock clock, ServiceChoices choices) {
		this.papers = papers;
		this.catalog = catalog;
		this.schools = schools;
		this.deadlines = deadlines;
		this.problems = problems;
		this.clock = clock;
		this.choices = choices;
	}

	/** The form, blank but for its defaults: the service {@code ?service=} picks, now, today, the paper channel. */
	@GetMapping(path = "/" + KINDS, produces = MediaType.TEXT_HTML_VALUE)
	String blank(@PathVariable String kind, @RequestParam(required = false) String service, StaffMember staff,
			Model model) {
		School school = schools.require(staff.schoolId());
		ServiceDefinition chosen = service == null || !school.services().contains(service) ? null
				: catalog.find(service).orElse(null);
		PaperForm form = PaperForm.of(new LinkedMultiValueMap<>());
		if (chosen != null) {
			LocalDateTime now = LocalDateTime.now(clock.withZone(school.zone())).truncatedTo(ChronoUnit.MINUTES);
			form.withDefault("receivedAt", now.toString());
			form.withDefault("refusal.applicationDate", now.toLocalDate().toString());
			form.withDefault("channel", defaultChannel(chosen));
			for (int row = 0; row < chosen.documents().size(); row++) {
				form.withDefault(PaperForm.document(row, "code"), chosen.documents().get(row).code());
			}
		}
		return show(kind(kind), chosen, school, form, Map.of(), model);
	}

	/**
	 * The form sent: {@code step=preview} shows the sample PDF in the page, {@code step=issue} issues the paper and
	 * opens it, {@code step=another-<row>} adds a row of that row's document to the checklist; a form with mistakes
	 * comes back with them.
	 */
	@PostMapping(path = "/" + KINDS, produces = MediaType.TEXT_HTML_VALUE)
	String submit(@PathVariable String kind, @RequestParam MultiValueMap<String, String> values,
			@RequestParam(defaultValue = "preview") String step, StaffMember staff, HttpSession session,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		DocumentKind paperKind = kind(kind);
		School school = schools.require(staff.schoolId());
		PaperForm form = PaperForm.of(values);
		ServiceDefinition service = catalog.find(form.get("service")).filter(s -> school.services().contains(s.code()))
			.orElse(null);
		if (service == null) {
			return "redirect:/desk/papers/new/" + kind;
		}
		if (step.startsWith(ANOTHER) && paperKind == DocumentKind.RECEIPT) {
			return show(paperKind, service, school, form.withAnother(row(step)), Map.of(), model);
		}
		IssueRequest request = form.request(paperKind, service, school.zone());
		Map<String, String> found = problems.of(request);
		try {
			if (found.isEmpty() && "issue".equals(step)) {
				IssuedDocument issued = papers.issue(request, staff);
				session.removeAttribute(PREVIEW);
				redirect.addFlashAttribute("issuedNow", true);
				return "redirect:/desk/papers/" + issued.id();
			}
			if (found.isEmpty()) {
				session.setAttribute(PREVIEW, papers.preview(request, staff));
				model.addAttribute("preview", clock.millis());
			}
		}
		catch (Failure failure) {
			found = problems.onTheForm(failure);
		}
		if (!found.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return show(paperKind, service, school, form, onForm(found, form, paperKind, service), model);
	}

	/** The latest preview's PDF, for the page's frame. */
	@GetMapping("/preview")
	ResponseEntity<byte[]> preview(HttpSession session) {
		if (!(session.getAttribute(PREVIEW) instanceof byte[] pdf)) {
			throw new DocumentNotFound(new UUID(0, 0));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("preview.pdf").build().toString())
			.cacheControl(CacheControl.noStore())
			.body(pdf);
	}

	/** The API's message on an IIN as it is typed (empty when it is right), for the live check beside the field. */
	@PostMapping(path = "/iin", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String iin(@RequestParam(name = "applicant.iin", defaultValue = "") String iin) {
		String message = problems.of(new IssueRequest.Applicant(null, iin, null, null, null)).get("iin");
		return message == null ? "" : HtmlUtils.htmlEscape(message);
	}

	/** When documents handed in at {@code receivedAt} count as accepted and when the result is due: part of the form. */
	@GetMapping(path = "/term", produces = MediaType.TEXT_HTML_VALUE)
	String term(@RequestParam String service, @RequestParam(defaultValue = "") String receivedAt, StaffMember staff,
			Model model) {
		School school = schools.require(staff.schoolId());
		school.requireOffers(service);
		PaperForm form = PaperForm.of(new LinkedMultiValueMap<>(Map.of("receivedAt", List.of(receivedAt))));
		model.addAttribute("term", deadline(catalog.require(service), school, form));
		return "desk/documents/term";
	}

	private String show(DocumentKind kind, ServiceDefinition service, School school, PaperForm form,
			Map<String, String> found, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("kind", kind.code());
		model.addAttribute("services", choices.of(school));
		model.addAttribute("form", form);
		model.addAttribute("problems", found);
		if (service != null) {
			model.addAttribute("service", service);
			model.addAttribute("channels", service.channels().stream().map(c -> new Option(c.code(), c.title().in(locale))).toList());
			model.addAttribute("contacts", papers.contactsPrinted(kind, service));
			if (kind == DocumentKind.RECEIPT) {
				model.addAttribute("rows", form.rows().stream()
					.map(code -> service.document(code).map(d -> d.name().in(locale)).orElse(code))
					.toList());
				model.addAttribute("term", deadline(service, school, form));
			}
		}
		return "desk/documents/new";
	}

	/** When the documents count as accepted and the result is due; none while the handed-in time is unreadable. */
	private Deadline deadline(ServiceDefinition service, School school, PaperForm form) {
		OffsetDateTime received;
		try {
			received = form.get("receivedAt").isBlank() ? null
					: LocalDateTime.parse(form.get("receivedAt")).atZone(school.zone()).toOffsetDateTime();
		}
		catch (DateTimeParseException e) {
			return null;
		}
		Instant submitted = received == null ? clock.instant() : received.toInstant();
		return deadlines.of(service.term(), submitted, school);
	}

	/**
	 * The problems as the form shows them: a receipt's {@code documents[j]} under the row it came from, and a problem
	 * of a field the form has no input for (none should be) about the whole form.
	 */
	private static Map<String, String> onForm(Map<String, String> found, PaperForm form, DocumentKind kind,
			ServiceDefinition service) {
		Set<String> inputs = inputs(kind, service);
		Map<String, String> shown = new LinkedHashMap<>();
		found.forEach((path, message) -> {
			Matcher document = DOCUMENT_PATH.matcher(path);
			String field = document.matches() ? "documents[" + form.row(Integer.parseInt(document.group(1))) + "]"
					+ document.group(2) : path;
			boolean known = inputs.contains(field) || document.matches() || field.startsWith("applicant.")
					|| field.startsWith("refusal.");
			shown.merge(known ? field : FormProblems.FORM, message, (a, b) -> a + " " + b);
		});
		return shown;
	}

	private static Set<String> inputs(DocumentKind kind, ServiceDefinition service) {
		return switch (kind) {
			case RECEIPT -> Set.of("service", "channel", "receivedAt", "documents");
			case REFUSAL -> Set.of("service", "channel", "refusal");
			default -> {
				Set<String> names = new HashSet<>(Set.of("service", "channel", "application"));
				service.application().fields().forEach(f -> names.add("application." + f.name()));
				yield names;
			}
		};
	}

	private static int row(String step) {
		try {
			return Integer.parseInt(step.substring(ANOTHER.length()));
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	private static String defaultChannel(ServiceDefinition service) {
		return service.offers(Channel.PAPER) || service.channels().isEmpty() ? Channel.PAPER.code()
				: service.channels().get(0).code();
	}

	private static DocumentKind kind(String code) {
		return Coded.of(DocumentKind.class, code).orElseThrow();
	}
}
