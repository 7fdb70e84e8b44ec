package kz.qujat.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a paper's documents were handed in and when its result is due, as the journal keeps it.
 *
 * @param receivedAt when the documents were handed in; {@code acceptedAt} when that counts as happening
 * @param dueOn the day the result is due; null for a paper that answers nothing
 * @param dueAt for terms in minutes, the moment the result is due; otherwise null
 * @param holidayCalendar whether the deadline was computed with a holiday calendar
 */
public record Term(Instant receivedAt, Instant acceptedAt, LocalDate dueOn, Instant dueAt, boolean holidayCalendar) {

	/** The term of a paper made the moment it is asked for, with nothing due. */
	public static Term at(Instant moment) {
		return new Term(moment, moment, null, null, true);
	}
}
