package kz.qujat.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fresh, migrated databases for tests that play several instances on one database without starting the
 * service: an in-memory H2 in PostgreSQL mode (as the embedded default) or a database of its own on an embedded
 * PostgreSQL that the JVM starts once (as {@code PostgresIntegrationTests} does). Every connection is a new one,
 * as from several instances' pools.
 */
public enum TestDatabases {

	H2("sa") {
		@Override
		public String emptyUrl() {
			return "jdbc:h2:mem:" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1";
		}
	},

	POSTGRESQL("postgres") {
		@Override
		public String emptyUrl() {
			EmbeddedPostgres server = Postgres.SERVER;
			String name = "qujat_" + Postgres.DATABASES.incrementAndGet();
			JdbcClient.create(server.getPostgresDatabase()).sql("create database " + name).update();
			return server.getJdbcUrl("postgres", name);
		}
	};

	private final String username;

	TestDatabases(String username) {
		this.username = username;
	}

	/** The address of a new, empty database, as {@code spring.datasource.url}; its password is empty. */
	public abstract String emptyUrl();

	public String username() {
		return username;
	}

	/** A new database with the service's migrations applied. */
	public DataSource fresh() {
		DataSource database = new DriverManagerDataSource(emptyUrl(), username, "");
		Flyway.configure().dataSource(database).load().migrate();
		return database;
	}

	/** The JVM's embedded PostgreSQL, started on first use and stopped when the JVM ends. */
	private static final class Postgres {

		static final AtomicInteger DATABASES = new AtomicInteger();

		static final EmbeddedPostgres SERVER = start();

		private static EmbeddedPostgres start() {
			try {
				EmbeddedPostgres server = EmbeddedPostgres.builder().start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						server.close();
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				}));
				return server;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
