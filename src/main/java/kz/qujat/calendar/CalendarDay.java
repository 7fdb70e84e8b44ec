package kz.qujat.calendar;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import kz.qujat.system.Bilingual;
import kz.qujat.system.Coded;

/**
 * One day of the calendar.
 *
 * @param reason why the day is not an ordinary one (the holiday's name, the move, the transfer); null for
 *     an ordinary working day
 * @param verified false when no official source confirmed this entry yet
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarDay(LocalDate date, boolean working, Kind kind, Bilingual reason, Boolean verified) {

	/** What makes a day what it is. */
	public enum Kind implements Coded {
		WORKDAY("workday"), WEEKEND("weekend"), HOLIDAY("holiday"), DAY_OFF("day-off"), WORKED_WEEKEND("worked-weekend");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		@Override
		@JsonValue
		public String code() {
			return code;
		}
	}
}
