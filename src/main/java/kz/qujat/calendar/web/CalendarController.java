package kz.qujat.calendar.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;

import kz.qujat.calendar.CalendarDay;
import kz.qujat.calendar.Deadline;
import kz.qujat.calendar.Deadlines;
import kz.qujat.calendar.WorkingCalendar;
import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.catalog.ServiceTerm;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.RegistryYears;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar and the deadlines it gives, for the caller's school. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {

	private final WorkingCalendar calendar;
	private final Deadlines deadlines;
	private final ServiceCatalog catalog;
	private final Schools schools;
	private final Clock clock;

	CalendarController(WorkingCalendar calendar, Deadlines deadlines, ServiceCatalog catalog, Schools schools,
			Clock clock) {
		this.calendar = calendar;
		this.deadlines = deadlines;
		this.catalog = catalog;
		this.schools = schools;
		this.clock = clock;
	}

	/** Every day of the year: working or not, and why. */
	@Operation(operationId = "getCalendarYear", summary = "Get a year's calendar",
			description = "Every day: working or not, and why.")
	@GetMapping("/{year}")
	Year year(@PathVariable int year) {
		RegistryYears.require("year", year);
		LocalDate first = LocalDate.of(year, 1, 1);
		List<CalendarDay> days = Stream.iterate(first, d -> d.getYear() == year, d -> d.plusDays(1)).map(calendar::day).toList();
		return new Year(year, calendar.knowsHolidaysOf(year), (int) days.stream().filter(CalendarDay::working).count(),
				(int) days.stream().filter(d -> !d.working()).count(), days);
	}

	/** When documents submitted at {@code at} (default: now) count as accepted, and when the result is due. */
	@Operation(operationId = "getDue", summary = "Compute a deadline",
			description = "When papers submitted at `at` (default: now) count as accepted, and when the result is due.")
	@GetMapping("/due")
	Due due(@RequestParam String service, @RequestParam(required = false) OffsetDateTime at, StaffMember staff) {
		ServiceDefinition definition = catalog.requireFor("service", service);
		Instant submitted = at == null ? clock.instant() : at.toInstant();
		RegistryYears.require("at", at == null ? null : at.toLocalDate());
		Deadline deadline = deadlines.of(definition.term(), submitted, schools.require(staff.schoolId()));
		return new Due(definition.code(), definition.term(), deadline.submittedAt().toOffsetDateTime(),
				deadline.acceptedAt().toOffsetDateTime(), deadline.acceptedLater(), deadline.dueOn(),
				deadline.dueAt() == null ? null : deadline.dueAt().toOffsetDateTime(), deadline.holidayCalendar());
	}

	/** A year as the API shows it. */
	record Year(int year, boolean holidayCalendar, int workingDays, int daysOff, List<CalendarDay> days) {
	}

	/** A deadline as the API shows it. */
	record Due(String service, ServiceTerm term, OffsetDateTime submittedAt, OffsetDateTime acceptedAt,
			boolean acceptedLater, LocalDate dueOn, OffsetDateTime dueAt, boolean holidayCalendar) {
	}
}
