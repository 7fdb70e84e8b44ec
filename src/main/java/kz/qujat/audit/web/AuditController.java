package kz.qujat.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kz.qujat.audit.AuditEvent;
import kz.qujat.audit.AuditTrail;
import kz.qujat.schools.SchoolNotFound;
import kz.qujat.schools.StaffMember;
import kz.qujat.schools.StaffRole;
import kz.qujat.system.InvalidField;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail at {@code /api/v1/audit}, for directors and operators. */
@RestController
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	/** A director reads the own school's trail; an operator every school's, or one's with {@code school}. */
	@GetMapping("/api/v1/audit")
	List<AuditEvent> audit(@RequestParam(required = false) UUID school, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(required = false) String action,
			@RequestParam(defaultValue = "200") int limit, StaffMember caller) {
		if (limit < 1 || limit > 1000) {
			throw new InvalidField("limit", "limit");
		}
		UUID scope = caller.role() == StaffRole.OPERATOR ? school : caller.schoolId();
		if (caller.role() != StaffRole.OPERATOR && school != null && !school.equals(caller.schoolId())) {
			throw new SchoolNotFound("school", school);
		}
		return audit.list(scope, from, to, action, limit);
	}
}
