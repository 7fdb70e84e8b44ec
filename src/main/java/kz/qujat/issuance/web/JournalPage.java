package kz.qujat.issuance.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.desk.DeskPage;
import kz.qujat.desk.FormProblems;
import kz.qujat.desk.Option;
import kz.qujat.frontdoor.ServiceChoices;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The journal on the desk: the school's registry, newest first, narrowed by service, kind, status, period and a
 * search by number or applicant, {@link #PAGE_SIZE} entries a page. The filters are a plain GET form; with htmx they
 * replace only the list ({@code list.ftlh}) and keep the address in step. The filters go through the API's own
 * {@link JournalQuery}, so a filter the API refuses is refused here, with the same message next to its field.
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

	JournalPage(IssuedDocuments documents, Schools schools, ServiceCatalog catalog, FormProblems problems,
			MessageSource messages, ServiceChoices choices) {
		this.documents = documents;
		this.schools = schools;
		this.catalog = catalog;
		this.problems = problems;
		this.messages = messages;
		this.choices = choices;
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
