package kz.qujat.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * A document's revocation as the journal keeps it.
 *
 * @param note the staff member's own words, for the journal only
 * @param revokedBy the staff member who revoked it
 */
public record Revocation(Instant revokedAt, RevocationReason reason, String note, UUID revokedBy) {
}
