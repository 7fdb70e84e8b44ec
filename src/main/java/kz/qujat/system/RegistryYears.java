package kz.qujat.system;

import java.time.LocalDate;

/**
 * The years a school's papers, complaints and calendars can belong to: 2000 to 2100. A year or a day asked for
 * outside them is refused as the field's mistake ({@code year}, {@code date-range}) before it reaches date
 * arithmetic or the database, where a year such as 1700000000 would fail as a bug.
 */
public final class RegistryYears {

	public static final int FIRST = 2000;

	public static final int LAST = 2100;

	private RegistryYears() {
	}

	/** The year itself, or an {@link InvalidField} with rule {@code year} when it lies outside. */
	public static int require(String field, int year) {
		if (year < FIRST || year > LAST) {
			throw new InvalidField(field, "year");
		}
		return year;
	}

	/** The day itself ({@code null} included), or an {@link InvalidField} with rule {@code date-range}. */
	public static LocalDate require(String field, LocalDate day) {
		if (day != null && (day.getYear() < FIRST || day.getYear() > LAST)) {
			throw new InvalidField(field, "date-range");
		}
		return day;
	}
}
