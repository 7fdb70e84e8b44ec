package kz.qujat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeekendCalendarTests {

	private final WorkingCalendar calendar = new WeekendCalendar();

	@ParameterizedTest
	@CsvSource({
		"2026-11-23, 1, 2026-11-24", // Monday → Tuesday
		"2026-11-27, 1, 2026-11-30", // Friday → Monday
		"2026-11-28, 1, 2026-11-30", // Saturday → Monday
		"2026-11-29, 1, 2026-11-30", // Sunday → Monday
		"2026-11-27, 5, 2026-12-04", // a working week later
		"2026-11-25, 0, 2026-11-25" })
	void addsWorkingDaysSkippingWeekends(LocalDate from, int days, LocalDate expected) {
		assertThat(calendar.plusWorkingDays(from, days)).isEqualTo(expected);
	}

	@Test
	void saturdaysAndSundaysAreDaysOff() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue();
	}

	@Test
	void refusesANegativeTerm() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 1, 5), -1));
	}
}
