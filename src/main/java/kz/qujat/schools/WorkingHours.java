package kz.qujat.schools;

import java.time.LocalTime;

/** When a school's office receives applicants; the lunch break may be absent. */
public record WorkingHours(LocalTime opens, LocalTime closes, LocalTime lunchStarts, LocalTime lunchEnds) {

	public WorkingHours {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("a school must open before it closes");
		}
		if ((lunchStarts == null) != (lunchEnds == null)) {
			throw new IllegalArgumentException("a lunch break needs both its start and its end");
		}
		if (lunchStarts != null && (!lunchStarts.isBefore(lunchEnds) || lunchStarts.isBefore(opens) || lunchEnds.isAfter(closes))) {
			throw new IllegalArgumentException("the lunch break must lie within working hours");
		}
	}
}
