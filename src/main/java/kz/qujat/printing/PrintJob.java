package kz.qujat.printing;

import java.time.Instant;
import java.util.UUID;

/**
 * A durable print job: one stored document sent to one printer. {@code reason} is the printer's word on an aborted
 * or canceled job, or why it waits; {@code ignored} lists what the printer ignored or substituted.
 */
public record PrintJob(UUID id, UUID schoolId, UUID documentId, UUID printerId, String printerName, int copies,
		Sides sides, Media media, PrintJobState state, String reason, String ignored, Integer printerJobId,
		int attempts, UUID requestedBy, Instant createdAt, Instant updatedAt) {
}
