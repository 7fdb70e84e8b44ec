package kz.qujat.reports.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.desk.DeskPage;
import kz.qujat.desk.FormProblems;
import kz.qujat.frontdoor.ServiceChoices;
import kz.qujat.desk.Option;
import kz.qujat.issuance.Downloads;
import kz.qujat.reports.JournalPrints;
import kz.qujat.reports.PassportPosters;
import kz.qujat.reports.PosterSize;
import kz.qujat.reports.PublicReports;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.InvalidField;
import kz.qujat.system.RegistryYears;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The school's own papers on the desk: each service's passport poster in A4 and A3, the public report of a year, a
 * service's journal of a year as a printout or CSV. Each is made by the service the API's own endpoint calls and
 * comes as a file to save; a year or a service the rules refuse shows the page again, with the API's message beside
 * the field.
 */
@DeskPage
@RequestMapping(DeskPage.PATH + "/school-papers")
class SchoolPapersPage {

	private static final String PAGE = "redirect:" + DeskPage.PATH + "/school-papers";

	private final PassportPosters posters;
	private final PublicReports reports;
	private final JournalPrints journals;
	private final Downloads downloads;
	private final ServiceChoices services;
	private final FormProblems problems;

	SchoolPapersPage(PassportPosters posters, PublicReports reports, JournalPrints journals, Downloads downloads,
			ServiceChoices services, FormProblems problems) {
		this.posters = posters;
		this.reports = reports;
		this.journals = journals;
		this.downloads = downloads;
		this.services = services;
		this.problems = problems;
	}

	@GetMapping
	ModelAndView page(StaffMember staff) {
		List<Integer> years = reports.years(staff);
		String thisYear = String.valueOf(years.get(0));
		String lastYear = String.valueOf(years.size() > 1 ? years.get(1) : years.get(0));
		return page(staff, lastYear, "", thisYear, Map.of());
	}

	@GetMapping("/posters/{service}/{size}")
	ResponseEntity<byte[]> poster(@PathVariable String service, @PathVariable String size, StaffMember staff) {
		PosterSize paper = PosterSize.of(size);
		return Attachments.of(downloads.pdf(staff, posters.poster(staff, service, paper),
				"passport-" + service + "-" + paper));
	}

	/** The report of the year asked, or the page again with the rule it broke. */
	@GetMapping("/public-report")
	Object publicReport(@RequestParam(name = "report.year", required = false) String year, StaffMember staff) {
		if (year == null) {
			return new ModelAndView(PAGE);
		}
		try {
			int asked = parsed(year, "year", "report-year");
			return Attachments.of(downloads.pdf(staff, reports.report(staff, asked), "public-report-" + asked));
		}
		catch (InvalidField refused) {
			return refused(page(staff, year, "", String.valueOf(reports.years(staff).get(0)),
					under("report.", problems.of(refused))));
		}
	}

	/** A service's journal of a year as the printout ({@code format=pdf}) or CSV, or the page again. */
	@GetMapping("/journal")
	Object journal(@RequestParam(name = "journal.service", required = false) String service,
			@RequestParam(name = "journal.year", required = false) String year,
			@RequestParam(defaultValue = "pdf") String format, StaffMember staff, HttpServletResponse response)
			throws IOException {
		if (service == null && year == null) {
			return new ModelAndView(PAGE);
		}
		try {
			int asked = RegistryYears.require("year", parsed(year, "year", "year"));
			if ("csv".equals(format)) {
				ReportController.csv(journals, staff, service, asked, response);
				return null;
			}
			return Attachments.of(downloads.pdf(staff, journals.print(staff, service, asked),
					"journal-" + service + "-" + asked));
		}
		catch (InvalidField refused) {
			List<Integer> years = reports.years(staff);
			return refused(page(staff, String.valueOf(years.size() > 1 ? years.get(1) : years.get(0)), service,
					year == null ? "" : year, under("journal.", problems.of(refused))));
		}
	}

	private ModelAndView page(StaffMember staff, String reportYear, String journalService, String journalYear,
			Map<String, String> problems) {
		ModelAndView page = new ModelAndView("desk/papers/school-papers");
		page.addObject("services", services.of(staff));
		page.addObject("sizes", PosterSize.values());
		page.addObject("reportYears", years(reports.years(staff)));
		page.addObject("reportYear", reportYear);
		page.addObject("journalService", journalService);
		page.addObject("journalYear", journalYear);
		page.addObject("problems", problems);
		return page;
	}

	static List<Option> years(List<Integer> years) {
		return years.stream().map(String::valueOf).map(year -> new Option(year, year)).toList();
	}

	private static ModelAndView refused(ModelAndView page) {
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	/** A year as typed, or the field breaks {@code rule}, as a number the API could not read would. */
	private static int parsed(String year, String field, String rule) {
		try {
			return Integer.parseInt(year == null ? "" : year.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidField(field, rule);
		}
	}

	/** The problems of one of the page's forms, under the names of its fields ({@code report.year}). */
	private static Map<String, String> under(String form, Map<String, String> problems) {
		Map<String, String> named = new LinkedHashMap<>();
		problems.forEach((field, message) -> named.put(field.isEmpty() ? field : form + field, message));
		return named;
	}
}
