package kz.qujat.printing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A durable print job: one stored document sent to one printer, or a batch of them ({@code documentId} null) sent
 * as one file. {@code reason} is the printer's word on an aborted or canceled job, or why it waits; {@code ignored}
 * lists what the printer ignored or substituted; {@code numbers} are the registration numbers of the papers it
 * holds, in the order they print.
 */
public record PrintJob(UUID id, UUID schoolId, UUID documentId, UUID printerId, String printerName, int copies,
		Sides sides, Media media, PrintJobState state, String reason, String ignored, Integer printerJobId,
		int attempts, UUID requestedBy, Instant createdAt, Instant updatedAt, List<String> numbers) {

	public PrintJob {
		numbers = List.copyOf(numbers);
	}

	public boolean batch() {
		return documentId == null;
	}

	/** Where the API shows the job. */
	public String path() {
		return "/api/v1/print-jobs/" + id;
	}
}
