package kz.qujat.calendar;

import java.time.LocalDate;

/** Which days a school works, and the deadlines that follow from it. */
public interface WorkingCalendar {

	boolean isWorkingDay(LocalDate day);

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
