package kz.qujat.issuance.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.desk.DeskPage;
import kz.qujat.desk.FormProblems;
import kz.qujat.desk.Option;
import kz.qujat.frontdoor.ServiceChoices;
import kz.qujat.printing.BatchFilter;
import kz.qujat.printing.BatchRequest;
import kz.qujat.printing.PrintJob;
import kz.qujat.printing.PrintJobs;
import kz.qujat.printing.Printers;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.DocumentStatus;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.JournalFilter;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Coded;
import kz.qujat.system.Failure;
import kz.qujat.system.InvalidField;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journal on the desk: the school's registry, newest first, narrowed by service, kind, status, period and a
 * search by number or applicant, {@link #PAGE_SIZE} entries a page. The filters are a plain GET form; with htmx they
 * replace only the list ({@code list.ftlh}) and keep the address in step. The filters go through the API's own
 * {@link JournalQuery}, so a filter the API refuses is refused here, with the same message next to its field. When
 * the school has printers, the papers ticked, or the day's receipts, are printed as one batch through
 * {@link PrintJobs#batch}, as the API prints them.
 */
@DeskPage
class JournalPage {

	static final int PAGE_SIZE = 20;

	private final IssuedDocuments documents;
	private final Schools schools;
	private final ServiceCatalog catalog;
	private final FormProblems problems;
	private final MessageSource messages;
	private final ServiceChoices choices;
	private final Printers printers;
	private final PrintJobs jobs;
	private final Clock clock;

	JournalPage(IssuedDocuments documents, Schools schools, ServiceCatalog catalog, FormProblems problems,
			MessageSource messages, ServiceChoices choices, Printers printers, PrintJobs jobs, Clock clock) {
		this.documents = documents;
		this.schools = schools;
		this.catalog = catalog;
		this.problems = problems;
		this.messages = messages;
		this.choices = choices;
		this.printers = printers;
		this.jobs = jobs;
		this.clock = clock;
	}

	@GetMapping(path = "/desk/journal", produces = MediaType.TEXT_HTML_VALUE)
	String journal(@RequestParam(required = false) String service, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String status, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int offset,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restoring,
			StaffMember staff, Model model, HttpServletResponse response) {
		School school = schools.require(staff.schoolId());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("q", q == null ? "" : q);
		form.put("service", service == null ? "" : service);
		form.put("kind", kind == null ? "" : kind);
		form.put("status", status == null ? "" : status);
		form.put("from", from == null ? "" : from);
		form.put("to", to == null ? "" : to);
		model.addAttribute("form", form);
		model.addAttribute("services", choices.of(school));
		model.addAttribute("serviceNames", serviceNames());
		model.addAttribute("kinds", options(DocumentKind.values(), "desk.kind."));
		model.addAttribute("statuses", options(DocumentStatus.values(), "desk.status."));
		model.addAttribute("size", PAGE_SIZE);
		model.addAttribute("offset", Math.max(0, offset));
		model.addAttribute("query", query(form));
		PrinterChoices ours = PrinterChoices.of(printers.list(staff.schoolId()));
		model.addAttribute("printers", ours.options());
		if (!model.containsAttribute("printer")) {
			model.addAttribute("printer", ours.chosen());
		}
		try {
			JournalFilter filter = new JournalQuery(service, kind, status, day("from", from), day("to", to), q)
				.filter(school.zone(), PAGE_SIZE, Math.max(0, offset))
				.withNewestFirst();
			model.addAttribute("papers", documents.journal(school.id(), filter));
			model.addAttribute("total", documents.count(school.id(), filter));
			model.addAttribute("filtered", form.values().stream().anyMatch(value -> !value.isBlank()));
		}
		catch (Failure failure) {
			if (failure.kind() != Failure.Kind.INVALID) {
				throw failure;
			}
			model.addAttribute("problems", problems.of(failure));
			model.addAttribute("papers", List.of());
			model.addAttribute("total", 0);
			model.addAttribute("filtered", true);
		}
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		// htmx asks for the list alone; going back in history it asks for the whole page again
		return htmx != null && restoring == null ? "desk/journal/list" : "desk/journal/journal";
	}

	/**
	 * Prints the ticked papers ({@code documents}), or with {@code what=today-receipts} the receipts issued today in
	 * the school's time zone, as one job on the printer chosen; the jobs page follows it. A refusal comes back to the
	 * journal, said above the buttons, with the printer chosen kept.
	 */
	@PostMapping("/desk/journal/print")
	String print(@RequestParam(defaultValue = "") String printer,
			@RequestParam(name = "documents", required = false) List<String> ticked,
			@RequestParam(defaultValue = "selected") String what, StaffMember staff, RedirectAttributes redirect) {
		try {
			UUID printerId = id("printer", printer, "unknown-printer");
			BatchRequest request = "today-receipts".equals(what)
					? new BatchRequest(printerId, null, new BatchFilter(null, DocumentKind.RECEIPT.code(),
							LocalDate.now(clock.withZone(schools.require(staff.schoolId()).zone()))), null)
					: new BatchRequest(printerId, ticked == null ? List.of()
							: ticked.stream().map(one -> id("documents", one, "unknown-paper")).toList(), null, null);
			PrintJob job = jobs.batch(staff, request);
			redirect.addFlashAttribute("notice", messages.getMessage("printing.journal.sent",
					new Object[] { job.numbers().size(), job.printerName() }, LocaleContextHolder.getLocale()));
			return "redirect:/desk/print-jobs";
		}
		catch (Failure failure) {
			redirect.addFlashAttribute("printProblems", problems.onTheForm(failure));
		}
		redirect.addFlashAttribute("printer", printer);
		return "redirect:/desk/journal";
	}

	/** An id the form sent, none when blank; what is no id breaks {@code rule} on {@code field}. */
	private static UUID id(String field, String text, String rule) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException notAnId) {
			throw new InvalidField(field, rule);
		}
	}

	/** A day of the period, as a date input sends it, or the field breaks the API's {@code date} rule. */
	private static LocalDate day(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADay) {
			throw new InvalidField(field, "date");
		}
	}

	private Map<String, String> serviceNames() {
		Map<String, String> names = new LinkedHashMap<>();
		catalog.all().forEach(service -> names.put(service.code(), name(service)));
		return names;
	}

	private String name(ServiceDefinition service) {
		return service.name().in(LocaleContextHolder.getLocale());
	}

	private <C extends Coded> List<Option> options(C[] constants, String prefix) {
		return Arrays.stream(constants)
			.map(constant -> new Option(constant.code(),
					messages.getMessage(prefix + constant.code(), null, constant.code(), LocaleContextHolder.getLocale())))
			.toList();
	}

	/** The filters as a query string for the pager's links, each followed by {@code &}; blank ones left out. */
	private static String query(Map<String, String> form) {
		StringBuilder query = new StringBuilder();
		form.forEach((name, value) -> {
			if (!value.isBlank()) {
				query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
			}
		});
		return query.toString();
	}
}
