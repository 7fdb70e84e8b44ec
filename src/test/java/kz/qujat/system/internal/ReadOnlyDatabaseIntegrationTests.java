package kz.qujat.system.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import kz.qujat.QujatApplication;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A database the service can read but not write: the embedded H2 of a read-only data folder, which H2 opens
 * read-only. (The tests run as root, for whom file permissions do not make a file read-only, so H2's own
 * read-only mode stands in for them: {@code ACCESS_MODE_DATA=r} on a migrated database.) The service refuses to
 * start and says why, instead of starting healthy and failing every sign-in.
 */
class ReadOnlyDatabaseIntegrationTests {

	@TempDir
	Path data;

	@Test
	void refusesToStartOnADatabaseItCannotWrite() {
		String url = "jdbc:h2:file:" + data.resolve("qujat") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		Flyway.configure().dataSource(url, "sa", "").load().migrate();

		assertThatThrownBy(() -> new SpringApplicationBuilder(QujatApplication.class).run("--server.port=0",
				"--server.address=127.0.0.1", "--spring.datasource.url=" + url + ";ACCESS_MODE_DATA=r",
				"--qujat.files.data=" + data))
			.hasStackTraceContaining("The database cannot be written, so the service does not start")
			.rootCause().hasMessageContaining("read only");
	}
}
