package kz.qujat.calendar;

import java.time.LocalDate;

/**
 * Which days are working days in Kazakhstan: weekends, public holidays, their moves and the government's
 * transfers, from one data file per year. A year without a file counts weekends only and says so
 * ({@link #knowsHolidaysOf}).
 */
public interface WorkingCalendar {

	/** What a day is, and why when it is not an ordinary one. */
	CalendarDay day(LocalDate date);

	/** Whether the year's holidays are known; when not, only weekends count as days off. */
	boolean knowsHolidaysOf(int year);

	default boolean isWorkingDay(LocalDate date) {
		return day(date).working();
	}

	/** The first working day after {@code day}. */
	default LocalDate nextWorkingDay(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (!isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/** The {@code n}-th working day after {@code day}; {@code day} itself for zero. */
	default LocalDate plusWorkingDays(LocalDate day, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("a term cannot be negative: " + n);
		}
		LocalDate result = day;
		for (int i = 0; i < n; i++) {
			result = nextWorkingDay(result);
		}
		return result;
	}
}
