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

import org.springframework.stereotype.Component;

/**
 * The part of the audit trail a caller may read, for the API and the desk alike: a director the own school's, an
 * operator every school's or one's ({@code school}); at most {@code limit} (1–1000) entries, newest first.
 */
@Component
class CallersTrail {

	private final AuditTrail audit;

	CallersTrail(AuditTrail audit) {
		this.audit = audit;
	}

	List<AuditEvent> list(StaffMember caller, UUID school, Instant from, Instant to, String action, int limit) {
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
