package kz.qujat.audit.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.qujat.audit.AuditEvent;
import kz.qujat.desk.DeskPage;
import kz.qujat.desk.FormProblems;
import kz.qujat.desk.Option;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.schools.StaffRole;
import kz.qujat.system.InvalidField;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail on the desk ({@code /desk/audit}), as {@code GET /api/v1/audit} gives it to the caller: a director
 * the own school's, an operator every school's or one's. The filters are the API's: the action, a period (whole
 * days in the school's time zone, UTC for an operator) and how many of the newest entries.
 */
@DeskPage
class AuditPage {

	/** The actions the trail records, in the order the filter offers them. */
	static final List<String> ACTIONS = List.of("document.issued", "document.downloaded", "document.revoked",
			"school.created", "school.updated", "staff.created", "staff.disabled", "token.created", "token.revoked",
			"token.used", "sign-in.failed");

	static final List<Integer> LIMITS = List.of(50, 200, 1000);

	private final CallersTrail trail;
	private final Schools schools;
	private final FormProblems problems;

	AuditPage(CallersTrail trail, Schools schools, FormProblems problems) {
		this.trail = trail;
		this.schools = schools;
		this.problems = problems;
	}

	@GetMapping("/desk/audit")
	String audit(@RequestParam(required = false) UUID school, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "200") int limit, StaffMember caller, Model model) {
		boolean operator = caller.role() == StaffRole.OPERATOR;
		ZoneId zone = operator ? ZoneOffset.UTC : schools.require(caller.schoolId()).zone();
		Map<String, String> found = new LinkedHashMap<>();
		LocalDate first = day("from", from, found);
		LocalDate last = day("to", to, found);
		List<AuditEvent> events = List.of();
		if (found.isEmpty()) {
			try {
				events = trail.list(caller, school, first == null ? null : first.atStartOfDay(zone).toInstant(),
						last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(),
						action.isEmpty() ? null : action, limit);
			}
			catch (InvalidField invalid) {
				found.putAll(problems.of(invalid));
			}
		}
		if (operator) {
			List<School> all = schools.all();
			model.addAttribute("schools", all.stream()
				.map(s -> new Option(s.id().toString(), s.name().in(LocaleContextHolder.getLocale())))
				.toList());
			model.addAttribute("schoolNames", all.stream()
				.collect(Collectors.toMap(s -> s.id().toString(), s -> s.name().in(LocaleContextHolder.getLocale()))));
		}
		model.addAttribute("events", events);
		model.addAttribute("actions", ACTIONS);
		model.addAttribute("limits", LIMITS.stream().map(String::valueOf).toList());
		model.addAttribute("filter", Map.of("school", school == null ? "" : school.toString(), "from", from, "to", to,
				"action", action, "limit", String.valueOf(limit)));
		model.addAttribute("problems", found);
		return "desk/administration/audit";
	}

	private LocalDate day(String field, String text, Map<String, String> found) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeException e) {
			found.put(field, problems.rule("date"));
			return null;
		}
	}
}
