package kz.qujat.registry;

import java.time.Instant;

/**
 * Which journal entries to list, and in which order; null fields do not filter. Start from {@link #page} and narrow
 * it with the {@code with…} methods.
 *
 * @param counter the counter whose numbers they took (a service's code for that service's papers)
 * @param service the catalog service they are about
 * @param text a part of the registration number or of the holder's name, in any letter case
 * @param year the year whose numbers they are
 * @param from registered at or after; {@code to} registered before
 * @param newestFirst the newest entry first (a desk's list) instead of the oldest (the journal's own order)
 */
public record JournalFilter(String counter, String service, DocumentKind kind, DocumentStatus status, String text,
		Integer year, Instant from, Instant to, boolean newestFirst, int limit, int offset) {

	public static final int MAX_LIMIT = 1000;

	public JournalFilter {
		if (limit < 1 || offset < 0) {
			throw new IllegalArgumentException("limit must be 1 or more and offset 0 or more");
		}
		text = text == null || text.isBlank() ? null : text.strip();
	}

	/** Every entry, oldest first, {@code limit} of them from {@code offset}. */
	public static JournalFilter page(int limit, int offset) {
		return new JournalFilter(null, null, null, null, null, null, null, null, false, limit, offset);
	}

	public JournalFilter withCounter(String counter) {
		return new JournalFilter(counter, service, kind, status, text, year, from, to, newestFirst, limit, offset);
	}

	public JournalFilter withService(String service) {
		return new JournalFilter(counter, service, kind, status, text, year, from, to, newestFirst, limit, offset);
	}

	public JournalFilter withKind(DocumentKind kind) {
		return new JournalFilter(counter, service, kind, status, text, year, from, to, newestFirst, limit, offset);
	}

	public JournalFilter withStatus(DocumentStatus status) {
		return new JournalFilter(counter, service, kind, status, text, year, from, to, newestFirst, limit, offset);
	}

	public JournalFilter withText(String text) {
		return new JournalFilter(counter, service, kind, status, text, year, from, to, newestFirst, limit, offset);
	}

	public JournalFilter withYear(Integer year) {
		return new JournalFilter(counter, service, kind, status, text, year, from, to, newestFirst, limit, offset);
	}

	/** Registered at or after {@code from} and before {@code to}; either may be null. */
	public JournalFilter withPeriod(Instant from, Instant to) {
		return new JournalFilter(counter, service, kind, status, text, year, from, to, newestFirst, limit, offset);
	}

	public JournalFilter withNewestFirst() {
		return new JournalFilter(counter, service, kind, status, text, year, from, to, true, limit, offset);
	}
}
