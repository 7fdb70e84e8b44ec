package kz.qujat.reports.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.reports.Complaint;
import kz.qujat.reports.Complaints;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.InvalidField;
import kz.qujat.system.PrintableText;
import kz.qujat.system.RegistryYears;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's school's register of complaints about state services. */
@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintController {

	private final Complaints complaints;
	private final ServiceCatalog catalog;
	private final Schools schools;
	private final Clock clock;

	ComplaintController(Complaints complaints, ServiceCatalog catalog, Schools schools, Clock clock) {
		this.complaints = complaints;
		this.catalog = catalog;
		this.schools = schools;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<Complaint> record(@Valid @RequestBody NewComplaint complaint, StaffMember staff) {
		ZoneId zone = schools.require(staff.schoolId()).zone();
		if (complaint.receivedOn().isAfter(LocalDate.now(clock.withZone(zone)))) {
			throw new InvalidField("receivedOn", "not-in-future");
		}
		RegistryYears.require("receivedOn", complaint.receivedOn());
		if (complaint.service() != null) {
			catalog.requireFor("service", complaint.service());
		}
		Complaint recorded = complaints.record(staff.schoolId(), staff.id(), complaint.receivedOn(), complaint.service(),
				complaint.summary().strip(), complaint.outcome() == null ? null : complaint.outcome().strip(),
				complaint.justified());
		return ResponseEntity.created(URI.create("/api/v1/complaints?year=" + recorded.receivedOn().getYear()))
			.body(recorded);
	}

	@GetMapping
	List<Complaint> list(@RequestParam(required = false) Integer year, StaffMember staff) {
		ZoneId zone = schools.require(staff.schoolId()).zone();
		return complaints.of(staff.schoolId(),
				year == null ? LocalDate.now(clock.withZone(zone)).getYear() : RegistryYears.require("year", year));
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
