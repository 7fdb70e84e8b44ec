package kz.qujat.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * When documents count as accepted and when the result is due, in the school's time zone.
 *
 * @param acceptedAt the submission itself within working hours; otherwise the next opening of the office
 *     (after hours, in the lunch break, on a day off or a holiday)
 * @param dueOn the day the result is due
 * @param dueAt the moment the result is due, for terms counted in minutes; null for terms in working days
 * @param holidayCalendar false when a year involved has no holiday calendar and only weekends were counted
 */
public record Deadline(ZonedDateTime submittedAt, ZonedDateTime acceptedAt, LocalDate dueOn, ZonedDateTime dueAt,
		boolean holidayCalendar) {

	/** Whether the submission came outside working hours and counts as made later. */
	public boolean acceptedLater() {
		return acceptedAt.isAfter(submittedAt);
	}
}
