package kz.qujat.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint about a state service the school received, with what came of it.
 *
 * @param service the catalog service complained about; null when the complaint is about state services in general
 * @param justified whether the complaint was found justified; null while it is being considered
 */
public record Complaint(UUID id, LocalDate receivedOn, String service, String summary, String outcome,
		Boolean justified, Instant recordedAt) {
}
