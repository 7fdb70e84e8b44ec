package kz.qujat.printing.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import kz.qujat.printing.BatchRequest;
import kz.qujat.printing.PrintJob;
import kz.qujat.printing.PrintJobNotFound;
import kz.qujat.printing.PrintJobs;
import kz.qujat.printing.PrintRequest;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Idempotent;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Printing an issued paper, and the school's print jobs with the state the printer reports. */
@RestController
class PrintJobController {

	private final PrintJobs jobs;

	PrintJobController(PrintJobs jobs) {
		this.jobs = jobs;
	}

	@Idempotent
	@Operation(operationId = "printDocument", summary = "Print an issued paper",
			description = "Queues a print job on the school's default printer or the one named; follow it at "
				+ "`Location`.")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PostMapping("/api/v1/documents/{id}/print")
	ResponseEntity<PrintJobResponse> print(@PathVariable UUID id, @RequestBody(required = false) PrintRequest request,
			StaffMember staff) {
		PrintJob job = jobs.print(staff, id, request == null ? new PrintRequest(null, null, null) : request);
		return ResponseEntity.accepted().location(URI.create(job.path()))
			.body(PrintJobResponse.of(job));
	}

	/** A batch: several papers as one job behind a cover sheet, listed or found by a filter. */
	@Idempotent
	@Operation(operationId = "printBatch", summary = "Print a batch of papers",
			description = "Several papers, listed or found by a filter, as one job behind a cover sheet.")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PostMapping("/api/v1/print-jobs")
	ResponseEntity<PrintJobResponse> batch(@RequestBody BatchRequest request, StaffMember staff) {
		PrintJob job = jobs.batch(staff, request);
		return ResponseEntity.accepted().location(URI.create(job.path()))
			.body(PrintJobResponse.of(job));
	}

	@Operation(operationId = "listPrintJobs", summary = "List the school's print jobs",
			description = "The latest 100, newest first.")
	@GetMapping("/api/v1/print-jobs")
	List<PrintJobResponse> list(StaffMember staff) {
		return jobs.list(staff.schoolId(), 100).stream().map(PrintJobResponse::of).toList();
	}

	@Operation(operationId = "getPrintJob", summary = "Get a print job",
			description = "With the state the printer reports.")
	@GetMapping("/api/v1/print-jobs/{id}")
	PrintJobResponse one(@PathVariable UUID id, StaffMember staff) {
		return PrintJobResponse.of(jobs.find(staff.schoolId(), id).orElseThrow(() -> new PrintJobNotFound(id)));
	}

	@Operation(operationId = "cancelPrintJob", summary = "Cancel a print job")
	@ApiResponse(responseCode = "200", description = "The job, cancelled")
	@ApiResponse(responseCode = "409", description = "The job is finished (`/problems/print-job-finished`)")
	@PostMapping("/api/v1/print-jobs/{id}/cancel")
	PrintJobResponse cancel(@PathVariable UUID id, StaffMember staff) {
		return PrintJobResponse.of(jobs.cancel(staff.schoolId(), id));
	}

	/**
	 * A print job as the API shows it: {@code document} is the paper printed on its own, null for a batch;
	 * {@code numbers} are the papers it holds, in the order they print.
	 */
	record PrintJobResponse(UUID id, String url, UUID document, List<String> numbers, UUID printer,
			String printerName, int copies, String sides, String media, String state, String reason, String ignored,
			int attempts, Instant createdAt, Instant updatedAt) {

		static PrintJobResponse of(PrintJob job) {
			return new PrintJobResponse(job.id(), job.path(), job.documentId(), job.numbers(), job.printerId(),
					job.printerName(), job.copies(), job.sides().keyword(), job.media().name(), job.state().code(),
					job.reason(), job.ignored(), job.attempts(), job.createdAt(), job.updatedAt());
		}
	}
}
