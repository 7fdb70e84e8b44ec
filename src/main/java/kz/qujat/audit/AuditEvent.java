package kz.qujat.audit;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of the audit trail: who did what to which object, when and from which address.
 *
 * @param actor the account's username, {@code token:<name>} for an API token, or the name tried in a failed sign-in
 * @param target what the action touched, e.g. a registration number or a username; never personal data
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEvent(UUID id, Instant at, UUID schoolId, String actor, String action, String target, String address,
		String details) {
}
