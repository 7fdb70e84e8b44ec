package kz.qujat.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import kz.qujat.calendar.CalendarDay;
import kz.qujat.calendar.WorkingCalendar;
import kz.qujat.system.Bilingual;
import kz.qujat.system.EditableFiles;
import kz.qujat.system.EditableFolder;
import kz.qujat.system.EditableFolder.EditableFile;
import kz.qujat.system.FileSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The calendar from {@code templates/calendar/<year>.yaml} (packaged, or the operator's override), read once at
 * startup. A year without a file
 * counts weekends only; the first time such a year is asked for, a warning is logged.
 */
@Component
class YamlCalendars implements WorkingCalendar, EditableFiles {

	private static final Logger log = LoggerFactory.getLogger(YamlCalendars.class);

	private static final Bilingual WEEKEND = Bilingual.of("демалыс күні", "выходной день");

	private final EditableFolder folder;
	private final String versionRead;
	private final Map<Integer, Map<LocalDate, CalendarDay>> years;
	private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

	YamlCalendars(FileSettings files) {
		this.folder = files.calendars();
		this.versionRead = version();
		this.years = load(folder);
		log.info("Holiday calendars for {}, {}", years.keySet(), folder.describe());
	}

	@Override
	public String name() {
		return "calendars";
	}

	@Override
	public EditableFolder folder() {
		return folder;
	}

	@Override
	public String version() {
		return folder.version(".yaml");
	}

	/** The calendars are read at start-up only: an edit since then is in use after a restart, if it parses. */
	@Override
	public String check() {
		return readAtStartUp("years " + load(folder).keySet(), versionRead);
	}

	@Override
	public CalendarDay day(LocalDate date) {
		Map<LocalDate, CalendarDay> year = years.get(date.getYear());
		if (year == null) {
			warnOnce(date.getYear());
		}
		else if (year.containsKey(date)) {
			return year.get(date);
		}
		return weekend(date) ? new CalendarDay(date, false, CalendarDay.Kind.WEEKEND, WEEKEND, null)
				: new CalendarDay(date, true, CalendarDay.Kind.WORKDAY, null, null);
	}

	@Override
	public boolean knowsHolidaysOf(int year) {
		if (!years.containsKey(year)) {
			warnOnce(year);
			return false;
		}
		return true;
	}

	private void warnOnce(int year) {
		if (warned.add(year)) {
			log.warn("No holiday calendar for {}: deadlines count weekends only and say so. Add {}.yaml to calendar/ of the"
					+ " templates override folder (qujat.files.templates)", year, year);
		}
	}

	private static boolean weekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	static Map<Integer, Map<LocalDate, CalendarDay>> load(EditableFolder folder) {
		YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		Map<Integer, Map<LocalDate, CalendarDay>> years = new TreeMap<>();
		for (EditableFile file : folder.list(".yaml")) {
			YearFile year = read(yaml, file);
			years.put(year.year(), days(year, file));
		}
		return Collections.unmodifiableMap(years);
	}

	private static YearFile read(YAMLMapper yaml, EditableFile file) {
		YearFile year;
		try (InputStream in = file.open()) {
			year = yaml.readValue(in, YearFile.class);
		}
		catch (JacksonException e) {
			throw new IllegalStateException("Calendar file " + file + " is not valid: " + e.getOriginalMessage() + " at "
					+ e.getPathReference(), e);
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read the calendar file " + file, e);
		}
		String expected = file.name().replaceFirst("\\.yaml$", "");
		if (!String.valueOf(year.year()).equals(expected)) {
			throw new IllegalStateException("Calendar file " + file + ": year must equal the file name, " + expected);
		}
		return year;
	}

	private static Map<LocalDate, CalendarDay> days(YearFile year, EditableFile file) {
		Map<LocalDate, CalendarDay> days = new HashMap<>();
		for (YearFile.Holiday holiday : year.holidays()) {
			put(days, file, year.year(), new CalendarDay(holiday.date(), false, CalendarDay.Kind.HOLIDAY, holiday.name(),
					unverified(holiday.verified())));
		}
		for (YearFile.Change dayOff : year.daysOff()) {
			put(days, file, year.year(), new CalendarDay(dayOff.date(), false, CalendarDay.Kind.DAY_OFF, dayOff.reason(),
					unverified(dayOff.verified())));
		}
		for (YearFile.Change worked : year.workingDays()) {
			if (!weekend(worked.date())) {
				throw new IllegalStateException("Calendar file " + file + ": " + worked.date()
						+ " is listed under workingDays but is not a Saturday or Sunday");
			}
			put(days, file, year.year(), new CalendarDay(worked.date(), true, CalendarDay.Kind.WORKED_WEEKEND,
					worked.reason(), unverified(worked.verified())));
		}
		warnOfUnmovedHolidays(year, days, file);
		return Collections.unmodifiableMap(days);
	}

	/** {@code false} for an entry marked unverified; null (left out of answers) otherwise. */
	private static Boolean unverified(Boolean verified) {
		return Boolean.FALSE.equals(verified) ? Boolean.FALSE : null;
	}

	/**
	 * A holiday on a weekend moves its day off to a following working day (Labour Code art. 85), except those
	 * that never move. The file lists the moves; this only warns when a move seems forgotten.
	 */
	private static void warnOfUnmovedHolidays(YearFile year, Map<LocalDate, CalendarDay> days, EditableFile file) {
		for (YearFile.Holiday holiday : year.holidays()) {
			if (weekend(holiday.date()) && !Boolean.FALSE.equals(holiday.movesWhenOnWeekend())
					&& Stream.iterate(holiday.date().plusDays(1), d -> d.plusDays(1)).limit(7)
						.noneMatch(d -> days.containsKey(d) && days.get(d).kind() == CalendarDay.Kind.DAY_OFF)) {
				log.warn("Calendar file {}: the holiday {} falls on a weekend, but no day off follows it within a week",
						file, holiday.date());
			}
		}
	}

	private static void put(Map<LocalDate, CalendarDay> days, EditableFile file, int year, CalendarDay day) {
		if (day.date() == null || day.date().getYear() != year || day.reason() == null) {
			throw new IllegalStateException("Calendar file " + file + ": every entry needs a date in " + year
					+ " and a name or reason in kk and ru");
		}
		if (days.putIfAbsent(day.date(), day) != null) {
			throw new IllegalStateException("Calendar file " + file + ": " + day.date() + " is listed twice");
		}
	}

	/** One year's file as written. */
	record YearFile(int year, List<Holiday> holidays, List<Change> daysOff, List<Change> workingDays) {

		YearFile {
			holidays = holidays == null ? List.of() : holidays;
			daysOff = daysOff == null ? List.of() : daysOff;
			workingDays = workingDays == null ? List.of() : workingDays;
		}

		record Holiday(LocalDate date, Bilingual name, Boolean movesWhenOnWeekend, Boolean verified, String source) {
		}

		record Change(LocalDate date, Bilingual reason, Boolean verified, String source) {
		}
	}
}
