package kz.qujat.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;

import kz.qujat.audit.AuditEvent;
import kz.qujat.schools.StaffMember;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail at {@code /api/v1/audit}, for directors and operators. */
@RestController
class AuditController {

	private final CallersTrail trail;

	AuditController(CallersTrail trail) {
		this.trail = trail;
	}

	/** A director reads the own school's trail; an operator every school's, or one's with {@code school}. */
	@Operation(operationId = "listAuditEvents", summary = "Read the audit trail",
			description = "A director reads the own school's trail; an operator every school's, or one school's with "
				+ "`school`.")
	@GetMapping("/api/v1/audit")
	List<AuditEvent> audit(@RequestParam(required = false) UUID school, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(required = false) String action,
			@RequestParam(defaultValue = "200") int limit, StaffMember caller) {
		return trail.list(caller, school, from, to, action, limit);
	}
}
