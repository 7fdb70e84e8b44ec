package kz.qujat.printing;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code qujat.print.jobs}: how many jobs are in each state on each printer, read from the database, so that every
 * instance reports the same figures for the whole installation. Unfinished jobs count whatever their age; finished
 * ones for the last day.
 */
@Component
class PrintJobMetrics {

	static final Duration FINISHED_WINDOW = Duration.ofDays(1);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final MultiGauge jobs;

	PrintJobMetrics(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.jobs = MultiGauge.builder("qujat.print.jobs")
			.description("Print jobs by state and printer: unfinished ones, and those finished in the last day")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${qujat.printing.metrics-millis:15000}", initialDelay = 1000)
	void refresh() {
		OffsetDateTime since = OffsetDateTime.ofInstant(clock.instant().minus(FINISHED_WINDOW), ZoneOffset.UTC);
		List<MultiGauge.Row<?>> rows = jdbc.sql("""
				select school_id, printer_name, state, count(*) as jobs from print_job
				where state not in ('completed', 'aborted', 'canceled') or updated_at >= ?
				group by school_id, printer_name, state
				""").param(since)
			.<MultiGauge.Row<?>>query((rs, row) -> MultiGauge.Row.of(Tags.of("school", rs.getString("school_id"), "printer",
					rs.getString("printer_name"), "state", rs.getString("state")), rs.getLong("jobs")))
			.list();
		jobs.register(rows, true);
	}
}
