package kz.qujat.registry;

import java.time.Instant;

/**
 * Which journal entries to list; null fields do not filter.
 *
 * @param counter the counter whose numbers they took (a service's code for that service's papers)
 * @param service the catalog service they are about
 * @param year the year whose numbers they are
 * @param from registered at or after; {@code to} registered before
 */
public record JournalFilter(String counter, String service, DocumentKind kind, Integer year, Instant from, Instant to,
		int limit, int offset) {

	public static final int MAX_LIMIT = 1000;

	public JournalFilter {
		if (limit < 1 || offset < 0) {
			throw new IllegalArgumentException("limit must be 1 or more and offset 0 or more");
		}
	}
}
