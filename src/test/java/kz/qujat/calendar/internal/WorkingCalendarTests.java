package kz.qujat.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import kz.qujat.calendar.CalendarDay;
import kz.qujat.calendar.Deadline;
import kz.qujat.calendar.Deadlines;
import kz.qujat.catalog.ServiceTerm;
import kz.qujat.schools.School;
import kz.qujat.schools.WorkingHours;
import kz.qujat.system.Bilingual;
import kz.qujat.system.Bin;
import kz.qujat.system.EditableFolder;
import kz.qujat.system.FileSettings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar with the real data files of 2025–2027 and a school open 9:00–18:00 with lunch 13:00–14:00. */
class WorkingCalendarTests {

	static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
	static final WorkingHours HOURS = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0), LocalTime.of(13, 0),
			LocalTime.of(14, 0));
	static final School SCHOOL = new School(UUID.randomUUID(), Bilingual.of("Мектеп", "Школа"), new Bin("940140000385"),
			Bilingual.of("мекенжай", "адрес"), "Директор", "Жауапты", Bilingual.of("лауазым", "должность"), "+7",
			"a@example.kz", null, HOURS, ALMATY, List.of("teacher-attestation"));

	final YamlCalendars calendar = new YamlCalendars(new FileSettings(null, null));
	final Deadlines deadlines = new Deadlines(calendar);

	@ParameterizedTest(name = "{0} is a {1}")
	@CsvSource({
		"2025-01-03, day-off",        // moved from the worked Sunday
		"2025-01-05, worked-weekend", // Sunday, worked by the government's transfer
		"2025-01-06, workday",
		"2025-01-07, holiday",        // Orthodox Christmas
		"2025-06-06, holiday",        // Kurban Ait
		"2026-03-08, holiday",        // International Women's Day, a Sunday
		"2026-03-09, day-off",        // … so Monday is off
		"2026-03-20, workday",
		"2026-03-21, holiday", "2026-03-22, holiday", "2026-03-23, holiday", // Nauryz
		"2026-03-24, day-off", "2026-03-25, day-off", // Nauryz days that fell on the weekend
		"2026-03-26, workday",
		"2026-05-11, day-off",        // Victory Day fell on a Saturday
		"2026-05-27, holiday",        // Kurban Ait
		"2026-11-21, weekend",
		"2026-12-16, holiday",        // Independence Day
		"2026-12-17, workday",
		"2027-01-04, day-off" })
	void knowsWhatEachDayIs(LocalDate date, String kind) {
		CalendarDay day = calendar.day(date);
		assertThat(day.kind().code()).isEqualTo(kind);
		assertThat(day.working()).isEqualTo(kind.equals("workday") || kind.equals("worked-weekend"));
		if (!kind.equals("workday")) {
			assertThat(day.reason().kk()).isNotBlank();
			assertThat(day.reason().ru()).isNotBlank();
		}
	}

	@Test
	void marksWhatNoOfficialSourceConfirmed() {
		assertThat(calendar.day(LocalDate.of(2026, 8, 30)).verified()).isFalse();
		assertThat(calendar.day(LocalDate.of(2026, 12, 16)).verified()).isNull();
	}

	@ParameterizedTest(name = "submitted {0} counts as {1}")
	@CsvSource({
		"2026-11-20T17:59, 2026-11-20T17:59", // Friday, a minute before closing
		"2026-11-20T18:01, 2026-11-23T09:00", // Friday, a minute after: Monday's opening
		"2026-11-20T18:00, 2026-11-23T09:00", // closing time is already closed
		"2026-11-23T08:59, 2026-11-23T09:00", // before opening
		"2026-11-23T13:30, 2026-11-23T14:00", // in the lunch break
		"2026-11-23T12:59, 2026-11-23T12:59",
		"2026-11-21T10:00, 2026-11-23T09:00", // Saturday
		"2026-12-15T18:30, 2026-12-17T09:00", // the evening before Independence Day
		"2026-12-31T18:30, 2027-01-05T09:00", // the turn of the year: 1–2 January, the weekend, the moved 4 January
		"2025-01-03T10:00, 2025-01-05T09:00", // a transferred day off: the next working day is the worked Sunday
		"2026-03-20T18:05, 2026-03-26T09:00" }) // Friday before Nauryz
	void countsASubmissionOutsideWorkingHoursAsMadeAtTheNextOpening(LocalDateTime submitted, LocalDateTime accepted) {
		assertThat(deadlines.acceptedAt(submitted.atZone(ALMATY), HOURS)).isEqualTo(accepted.atZone(ALMATY));
	}

	@ParameterizedTest(name = "{1} working day(s) from {0}: {2}")
	@CsvSource({
		"2026-11-23T10:00, 1, 2026-11-24",
		"2026-11-20T17:59, 1, 2026-11-23",  // Friday before closing: due Monday
		"2026-11-20T18:01, 1, 2026-11-24",  // Friday after closing: accepted Monday, due Tuesday
		"2026-03-20T10:00, 1, 2026-03-26",  // Nauryz
		"2026-03-06T10:00, 1, 2026-03-10",  // Friday before 8 March on a Sunday and the Monday off
		"2026-12-15T10:00, 1, 2026-12-17",  // over Independence Day
		"2025-01-02T20:00, 1, 2025-01-06",  // accepted on the worked Sunday 5 January, due Monday
		"2026-12-21T10:00, 15, 2027-01-14", // fifteen working days across New Year and 7 January
		"2026-11-23T10:00, 0, 2026-11-23" })
	void aTermOfWorkingDaysIsDueOnTheNthWorkingDayAfterAcceptance(LocalDateTime submitted, int days, LocalDate due) {
		Deadline deadline = deadlines.of(new ServiceTerm(days, null, Bilingual.of("күн", "день"), true),
				submitted.atZone(ALMATY).toInstant(), SCHOOL);
		assertThat(deadline.dueOn()).isEqualTo(due);
		assertThat(deadline.dueAt()).isNull();
		assertThat(deadline.holidayCalendar()).isTrue();
	}

	@ParameterizedTest(name = "{1} minutes from {0}: {2}")
	@CsvSource({
		"2026-11-23T10:00, 30, 2026-11-23T10:30",
		"2026-11-23T12:50, 30, 2026-11-23T14:20", // the lunch break does not count
		"2026-11-23T13:30, 20, 2026-11-23T14:20", // submitted in the lunch break
		"2026-11-23T17:45, 30, 2026-11-24T09:15", // runs on the next morning
		"2026-11-20T17:50, 30, 2026-11-23T09:20", // … over the weekend
		"2026-03-20T17:50, 30, 2026-03-26T09:20", // … over Nauryz
		"2026-11-23T08:00, 20, 2026-11-23T09:20" })
	void aTermInMinutesRunsWithinWorkingHoursOnly(LocalDateTime submitted, int minutes, LocalDateTime due) {
		Deadline deadline = deadlines.of(new ServiceTerm(null, minutes, Bilingual.of("минут", "минут"), true),
				submitted.atZone(ALMATY).toInstant(), SCHOOL);
		assertThat(deadline.dueAt()).isEqualTo(due.atZone(ALMATY));
		assertThat(deadline.dueOn()).isEqualTo(due.toLocalDate());
	}

	@Test
	void aYearWithoutACalendarCountsWeekendsOnlyAndSaysSo() {
		assertThat(calendar.knowsHolidaysOf(2028)).isFalse();
		assertThat(calendar.day(LocalDate.of(2028, 1, 1)).working()).isFalse(); // a Saturday
		assertThat(calendar.day(LocalDate.of(2028, 1, 3)).working()).isTrue();  // a Monday, no holiday known

		Deadline deadline = deadlines.of(new ServiceTerm(1, null, Bilingual.of("күн", "день"), true),
				ZonedDateTime.of(2028, 3, 7, 10, 0, 0, 0, ALMATY).toInstant(), SCHOOL);
		assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2028, 3, 8));
		assertThat(deadline.holidayCalendar()).isFalse();

		Deadline acrossTheYear = deadlines.of(new ServiceTerm(5, null, Bilingual.of("күн", "день"), true),
				ZonedDateTime.of(2027, 12, 28, 10, 0, 0, 0, ALMATY).toInstant(), SCHOOL);
		assertThat(acrossTheYear.holidayCalendar()).isFalse();
	}

	@Test
	void aDueDateIsAlwaysAWorkingDayAfterTheAcceptanceAndNeverEarlierForALaterDay() {
		for (int days : new int[] { 1, 2, 5, 15 }) {
			LocalDate previousDue = null;
			for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
				LocalDate due = calendar.plusWorkingDays(day, days);
				assertThat(calendar.isWorkingDay(due)).as("%d working days from %s: %s", days, day, due).isTrue();
				assertThat(due).isAfter(day);
				if (previousDue != null) {
					assertThat(due).as("monotonic at %s", day).isAfterOrEqualTo(previousDue);
				}
				previousDue = due;
			}
		}
	}

	@Test
	void refusesAFileWhoseYearIsNotItsName(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("2030.yaml"), "year: 2031\n");
		assertThatIllegalStateException().isThrownBy(() -> YamlCalendars.load(override(folder)))
			.withMessageContaining("year must equal the file name");
	}

	@Test
	void refusesADayListedTwiceOrAWeekdayUnderWorkingDays(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("2030.yaml"), """
				year: 2030
				holidays: [{ date: 2030-01-01, name: { kk: Жаңа жыл, ru: Новый год } }]
				daysOff: [{ date: 2030-01-01, reason: { kk: қайта, ru: повтор } }]
				""");
		assertThatIllegalStateException().isThrownBy(() -> YamlCalendars.load(override(folder))).withMessageContaining("listed twice");

		Files.writeString(folder.resolve("2030.yaml"), """
				year: 2030
				workingDays: [{ date: 2030-01-08, reason: { kk: жұмыс, ru: работа } }]
				""");
		assertThatIllegalStateException().isThrownBy(() -> YamlCalendars.load(override(folder)))
			.withMessageContaining("not a Saturday or Sunday");
	}

	@Test
	void refusesAnEntryOutsideItsYearOrWithoutAReason(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("2030.yaml"), """
				year: 2030
				daysOff: [{ date: 2031-01-02, reason: { kk: қате, ru: ошибка } }]
				""");
		assertThatIllegalStateException().isThrownBy(() -> YamlCalendars.load(override(folder))).withMessageContaining("a date in 2030");
	}

	@Test
	void aYearInTheOverrideFolderJoinsThePackagedYears(@TempDir Path templates) throws IOException {
		Files.createDirectories(templates.resolve("calendar"));
		Files.writeString(templates.resolve("calendar/2030.yaml"), """
				year: 2030
				holidays: [{ date: 2030-01-01, name: { kk: Жаңа жыл, ru: Новый год } }]
				""");
		YamlCalendars calendars = new YamlCalendars(new FileSettings(templates, null));

		assertThat(calendars.knowsHolidaysOf(2030)).isTrue();
		assertThat(calendars.isWorkingDay(LocalDate.of(2030, 1, 1))).isFalse();
		assertThat(calendars.knowsHolidaysOf(2026)).as("a packaged year").isTrue();
	}

	@Test
	void aBrokenYearInTheOverrideFolderStopsStartupNamingTheFile(@TempDir Path templates) throws IOException {
		Files.createDirectories(templates.resolve("calendar"));
		Path broken = Files.writeString(templates.resolve("calendar/2026.yaml"), "year: 2026\nholidays: [{ date: soon }]\n");

		assertThatIllegalStateException().isThrownBy(() -> new YamlCalendars(new FileSettings(templates, null)))
			.withMessageContaining(broken.toAbsolutePath().toString());
	}

	/** The packaged calendars with {@code folder} as their override. */
	private static EditableFolder override(Path folder) {
		return EditableFolder.of("qujat/templates/calendar", folder);
	}
}
