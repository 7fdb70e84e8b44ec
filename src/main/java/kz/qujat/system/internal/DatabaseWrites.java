package kz.qujat.system.internal;

import java.time.Clock;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the database takes writes, proven by rewriting the one row of {@code write_probe}. At startup, after the
 * migrations, the service refuses to start when it does not: a database that can only be read (a read-only data
 * folder opens H2 read-only, a PostgreSQL standby) would otherwise look healthy and fail every sign-in and paper.
 * Later it is the readiness group's {@code databaseWrites}: DOWN while writing fails, so no traffic is sent here.
 */
@Component("databaseWrites")
@DependsOnDatabaseInitialization
class DatabaseWrites implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(DatabaseWrites.class);

	private final JdbcClient jdbc;
	private final Clock clock;

	DatabaseWrites(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		try {
			write();
		}
		catch (RuntimeException e) {
			throw new IllegalStateException("The database cannot be written, so the service does not start: " + e.getMessage()
					+ "\nGive the service a database it can write: the data folder (qujat.files.data) and its files"
					+ " writable by the service's user with free space, or spring.datasource.url naming a primary"
					+ " PostgreSQL server whose user may write.", e);
		}
	}

	@Override
	public Health health() {
		try {
			write();
			return Health.up().build();
		}
		catch (RuntimeException e) {
			log.warn("Not ready: the database does not take writes: {}", e.getMessage());
			return Health.down().withDetail("reason", "the database does not take writes").build();
		}
	}

	private void write() {
		jdbc.sql("update write_probe set written_at = ? where id = 1").param(clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}
}
