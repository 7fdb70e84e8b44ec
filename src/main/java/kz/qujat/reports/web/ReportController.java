package kz.qujat.reports.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.issuance.Downloads;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.reports.JournalPrints;
import kz.qujat.reports.PublicReports;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.RegistryYears;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The school's annual public report and its registration journals. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

	private final PublicReports reports;
	private final JournalPrints journals;
	private final Downloads downloads;

	ReportController(PublicReports reports, JournalPrints journals, Downloads downloads) {
		this.reports = reports;
		this.journals = journals;
		this.downloads = downloads;
	}

	@Operation(operationId = "getPublicReport", summary = "Get the public report of a year",
			description = "A numbered paper of the school's services in the year.")
	@ApiResponse(responseCode = "200", description = "The report",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/public.pdf")
	ResponseEntity<byte[]> publicReport(@RequestParam int year, StaffMember staff) {
		IssuedDocument report = reports.report(staff, year);
		return downloads.pdf(staff, report, "public-report-" + year);
	}

	@Operation(operationId = "getJournalPdf", summary = "Print the journal of a service and year")
	@ApiResponse(responseCode = "200", description = "The journal printout",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/journal.pdf")
	ResponseEntity<byte[]> journalPdf(@RequestParam String service, @RequestParam int year, StaffMember staff) {
		IssuedDocument journal = journals.print(staff, service, RegistryYears.require("year", year));
		return downloads.pdf(staff, journal, "journal-" + service + "-" + year);
	}

	/** The journal as CSV, UTF-8 with a byte order mark so that spreadsheet programs read the Cyrillic right. */
	@Operation(operationId = "getJournalCsv", summary = "Export the journal of a service and year",
			description = "UTF-8 CSV with a byte order mark.")
	@ApiResponse(responseCode = "200", description = "The journal as CSV",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/journal.csv")
	void journalCsv(@RequestParam String service, @RequestParam int year, StaffMember staff,
			HttpServletResponse response) throws IOException {
		csv(journals, staff, service, year, response);
	}

	/**
	 * The journal's CSV as a file to save, for the API and the desk alike, written to the response as its rows are
	 * read; a wrong service or year is refused before the first byte.
	 */
	static void csv(JournalPrints journals, StaffMember staff, String service, int year, HttpServletResponse response)
			throws IOException {
		int asked = RegistryYears.require("year", year);
		journals.requireService(service);
		response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("journal-" + service + "-" + asked + ".csv").build().toString());
		journals.csv(staff, service, asked, response.getOutputStream());
	}
}
