package kz.qujat.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import kz.qujat.catalog.ServiceTerm;
import kz.qujat.schools.School;
import kz.qujat.schools.WorkingHours;

import org.springframework.stereotype.Service;

/**
 * The standards' deadline rules. An application made after working hours, in the lunch break, on a day off
 * or a holiday counts as made at the next opening of the office. A term of N working days is due on the N-th
 * working day after the day of acceptance (one working day: the next working day); a term in minutes runs
 * within working hours only, stopping for lunch and overnight.
 */
@Service
public class Deadlines {

	private final WorkingCalendar calendar;

	public Deadlines(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	public Deadline of(ServiceTerm term, Instant submitted, School school) {
		ZonedDateTime submittedAt = submitted.atZone(school.zone());
		ZonedDateTime acceptedAt = acceptedAt(submittedAt, school.hours());
		ZonedDateTime dueAt = null;
		LocalDate dueOn;
		if (term.inWorkingDays()) {
			dueOn = calendar.plusWorkingDays(acceptedAt.toLocalDate(), term.workingDays());
		}
		else {
			dueAt = plusWorkingTime(acceptedAt, Duration.ofMinutes(term.minutes()), school.hours());
			dueOn = dueAt.toLocalDate();
		}
		boolean holidayCalendar = calendar.knowsHolidaysOf(submittedAt.getYear()) && calendar.knowsHolidaysOf(dueOn.getYear());
		return new Deadline(submittedAt, acceptedAt, dueOn, dueAt, holidayCalendar);
	}

	/** The moment a submission counts as made: itself within working hours, else the next opening. */
	public ZonedDateTime acceptedAt(ZonedDateTime submitted, WorkingHours hours) {
		LocalTime time = submitted.toLocalTime();
		if (calendar.isWorkingDay(submitted.toLocalDate()) && time.isBefore(hours.closes())) {
			if (time.isBefore(hours.opens())) {
				return submitted.with(hours.opens());
			}
			if (inLunch(time, hours)) {
				return submitted.with(hours.lunchEnds());
			}
			return submitted;
		}
		return nextOpening(submitted.toLocalDate(), submitted, hours);
	}

	/** {@code from} plus {@code duration} of working time: office hours of working days, lunch excluded. */
	public ZonedDateTime plusWorkingTime(ZonedDateTime from, Duration duration, WorkingHours hours) {
		ZonedDateTime at = acceptedAt(from, hours);
		Duration remaining = duration;
		while (true) {
			LocalTime time = at.toLocalTime();
			LocalTime stretchEnds = hours.lunchStarts() != null && time.isBefore(hours.lunchStarts()) ? hours.lunchStarts()
					: hours.closes();
			Duration available = Duration.between(time, stretchEnds);
			if (remaining.compareTo(available) <= 0) {
				return at.plus(remaining);
			}
			remaining = remaining.minus(available);
			at = acceptedAt(at.with(stretchEnds), hours);
		}
	}

	private ZonedDateTime nextOpening(LocalDate after, ZonedDateTime zoneOf, WorkingHours hours) {
		return calendar.nextWorkingDay(after).atTime(hours.opens()).atZone(zoneOf.getZone());
	}

	private static boolean inLunch(LocalTime time, WorkingHours hours) {
		return hours.lunchStarts() != null && !time.isBefore(hours.lunchStarts()) && time.isBefore(hours.lunchEnds());
	}
}
