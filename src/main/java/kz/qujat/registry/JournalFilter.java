package kz.qujat.registry;

import java.time.Instant;

/**
 * Which journal entries to list; null fields do not filter.
 *
 * @param from registered at or after; {@code to} registered before
 */
public record JournalFilter(String service, DocumentKind kind, Instant from, Instant to, int limit, int offset) {

	public static final int MAX_LIMIT = 1000;

	public JournalFilter {
		if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
			throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + " and offset 0 or more");
		}
	}
}
