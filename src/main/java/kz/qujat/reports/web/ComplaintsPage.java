package kz.qujat.reports.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.qujat.desk.DeskPage;
import kz.qujat.desk.FormProblems;
import kz.qujat.frontdoor.ServiceChoices;
import kz.qujat.desk.Option;
import kz.qujat.reports.Complaint;
import kz.qujat.reports.ComplaintRegister;
import kz.qujat.reports.web.ComplaintController.NewComplaint;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.InvalidField;
import kz.qujat.system.RegistryYears;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaints register on the desk: a year's complaints, newest first, and the form that records one by the
 * API's request and its rules, through the same register; a complaint recorded leads back to the list of its year.
 */
@DeskPage
@RequestMapping(DeskPage.PATH + "/complaints")
class ComplaintsPage {

	private final ComplaintRegister register;
	private final ServiceChoices services;
	private final FormProblems problems;
	private final MessageSource messages;

	ComplaintsPage(ComplaintRegister register, ServiceChoices services, FormProblems problems,
			MessageSource messages) {
		this.register = register;
		this.services = services;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping
	ModelAndView page(@RequestParam(required = false) String year, StaffMember staff) {
		ComplaintForm blank = new ComplaintForm(register.today(staff).toString(), "", "", "", "");
		if (year == null || year.isBlank()) {
			return page(staff, register.today(staff).getYear(), "", blank, Map.of());
		}
		try {
			int asked = RegistryYears.require("year", parsed(year));
			return page(staff, asked, String.valueOf(asked), blank, Map.of());
		}
		catch (InvalidField refused) {
			ModelAndView page = page(staff, register.today(staff).getYear(), year, blank, problems.of(refused));
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
	}

	@PostMapping
	ModelAndView record(@ModelAttribute ComplaintForm form, StaffMember staff, RedirectAttributes next) {
		Map<String, String> found = new LinkedHashMap<>();
		LocalDate receivedOn = null;
		try {
			receivedOn = blankAsNull(form.receivedOn()) == null ? null : LocalDate.parse(form.receivedOn().strip());
		}
		catch (DateTimeParseException notADay) {
			found.put("receivedOn", problems.rule("date"));
		}
		Boolean justified = null;
		if ("true".equals(form.justified()) || "false".equals(form.justified())) {
			justified = Boolean.valueOf(form.justified());
		}
		else if (blankAsNull(form.justified()) != null) {
			found.put("justified", problems.rule("type"));
		}
		NewComplaint complaint = new NewComplaint(receivedOn, blankAsNull(form.service()), form.summary(),
				blankAsNull(form.outcome()), justified);
		problems.of(complaint).forEach(found::putIfAbsent);
		if (found.isEmpty()) {
			try {
				Complaint recorded = register.record(staff, complaint.receivedOn(), complaint.service(),
						complaint.summary(), complaint.outcome(), complaint.justified());
				next.addFlashAttribute("recorded", true);
				return new ModelAndView("redirect:" + DeskPage.PATH + "/complaints?year=" + recorded.receivedOn().getYear());
			}
			catch (InvalidField refused) {
				found.putAll(problems.of(refused));
			}
		}
		ModelAndView page = page(staff, register.today(staff).getYear(), "", form, found);
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	private ModelAndView page(StaffMember staff, int year, String yearAsked, ComplaintForm form,
			Map<String, String> found) {
		List<Complaint> complaints = new ArrayList<>(register.of(staff, year));
		Collections.reverse(complaints);
		List<Option> choices = services.of(staff);
		Map<String, String> names = new LinkedHashMap<>();
		choices.forEach(choice -> names.put(choice.value(), choice.label()));
		List<Integer> years = new ArrayList<>();
		for (int y = register.today(staff).getYear(); y >= RegistryYears.FIRST; y--) {
			years.add(y);
		}
		ModelAndView page = new ModelAndView("desk/papers/complaints");
		page.addObject("year", String.valueOf(year));
		page.addObject("yearAsked", yearAsked.isEmpty() ? String.valueOf(year) : yearAsked);
		page.addObject("years", SchoolPapersPage.years(years));
		page.addObject("complaints", complaints);
		page.addObject("serviceNames", names);
		page.addObject("services", choices);
		page.addObject("verdicts", List.of(new Option("", message("papers.complaints.pending")),
				new Option("true", message("papers.complaints.justified-yes")),
				new Option("false", message("papers.complaints.justified-no"))));
		page.addObject("form", form);
		page.addObject("problems", found);
		return page;
	}

	private String message(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

	private static int parsed(String year) {
		try {
			return Integer.parseInt(year.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidField("year", "year");
		}
	}

	private static String blankAsNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/** The form as typed, kept to show again beside the problems. */
	public record ComplaintForm(String receivedOn, String service, String summary, String outcome, String justified) {
	}
}
