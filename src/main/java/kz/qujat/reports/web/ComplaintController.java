package kz.qujat.reports.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;

import kz.qujat.reports.Complaint;
import kz.qujat.reports.ComplaintRegister;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.PrintableText;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's school's register of complaints about state services. */
@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintController {

	private final ComplaintRegister register;

	ComplaintController(ComplaintRegister register) {
		this.register = register;
	}

	@Operation(operationId = "recordComplaint", summary = "Record a complaint")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<Complaint> record(@Valid @RequestBody NewComplaint complaint, StaffMember staff) {
		Complaint recorded = register.record(staff, complaint.receivedOn(), complaint.service(), complaint.summary(),
				complaint.outcome(), complaint.justified());
		return ResponseEntity.created(URI.create("/api/v1/complaints?year=" + recorded.receivedOn().getYear()))
			.body(recorded);
	}

	@Operation(operationId = "listComplaints", summary = "List the complaints register",
			description = "Of one year, the current one by default.")
	@GetMapping
	List<Complaint> list(@RequestParam(required = false) Integer year, StaffMember staff) {
		return register.of(staff, year);
	}

	/** A complaint as a clerk records it. */
	record NewComplaint(
			@NotNull(message = "{rule.required}") LocalDate receivedOn,
			String service,
			@NotBlank(message = "{rule.required}") @Size(max = 2000, message = "{rule.max-length}") @Pattern(regexp = PrintableText.MULTI_LINE, message = "{rule.printable}") String summary,
			@Size(max = 2000, message = "{rule.max-length}") @Pattern(regexp = PrintableText.MULTI_LINE, message = "{rule.printable}") String outcome,
			Boolean justified) {
	}
}
