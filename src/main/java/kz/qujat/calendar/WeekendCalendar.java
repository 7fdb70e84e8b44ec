package kz.qujat.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Monday to Friday are working days; public holidays are not known yet. */
@Component
class WeekendCalendar implements WorkingCalendar {

	@Override
	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}
}
