package kz.qujat.signing.internal;

import static kz.qujat.signing.internal.PadesDocumentSignerTests.NOW;
import static kz.qujat.signing.internal.PadesDocumentSignerTests.SCHOOL;
import static kz.qujat.signing.internal.PadesDocumentSignerTests.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.signing.SigningSettings;
import kz.qujat.support.Keystores;
import kz.qujat.support.TestDatabases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the {@code signingKeys} health component tells an operator: which schools can sign, and which cannot and why. */
class SigningKeysHealthTests {

	static final School OTHER = new School(UUID.fromString("00000000-0000-4000-8000-00000000000b"), SCHOOL.name(),
			SCHOOL.bin(), SCHOOL.address(), SCHOOL.directorName(), SCHOOL.responsibleName(), SCHOOL.responsiblePosition(),
			SCHOOL.phone(), SCHOOL.email(), SCHOOL.website(), SCHOOL.hours(), SCHOOL.zone(), SCHOOL.services());

	@TempDir
	Path folder;

	private final DataSource database = TestDatabases.H2.fresh();

	@Test
	void aStoredKeyThatDoesNotOpenWithTheKeysPasswordNamesItsSchool() {
		SigningSettings region = new SigningSettings(true, folder, "region-keys-password", Map.of());
		SigningSettings other = new SigningSettings(true, folder, "another-installation", Map.of());
		SchoolKeys regionKeys = keys(region, false, database);
		SchoolKeys otherKeys = keys(other, false, database);
		regionKeys.of(SCHOOL);
		// a key encrypted with another password, e.g. restored from another installation's dump
		otherKeys.of(OTHER);

		Health health = health(region, SCHOOL, OTHER);

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("schools", Map.of("generated", 1));
		assertThat(health.getDetails().get("cannotSign")).asInstanceOf(MAP)
			.containsOnlyKeys(OTHER.id().toString())
			.extractingByKey(OTHER.id().toString()).asString().contains("qujat.signing.keys-password");
	}

	@Test
	void everySchoolSignsWithItsStoredKeyOrGetsOneOnFirstUse() {
		SigningSettings region = new SigningSettings(true, folder, "region-keys-password", Map.of());
		keys(region, false, database).of(SCHOOL);

		Health health = health(region, SCHOOL, OTHER);

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("schools", Map.of("generated", 1, "generated on first use", 1));
		assertThat(JdbcClient.create(database).sql("select count(*) from signing_key").query(Integer.class).single())
			.as("the check generates no key").isEqualTo(1);
	}

	@Test
	void aSchoolWithoutAKeystoreOrWithAnExpiredCertificateCannotSign() {
		Path expired = folder.resolve("expired.p12");
		Keystores.caIssued(expired, "school-password", NOW.minus(Duration.ofDays(2 * 365)));
		SigningSettings configured = new SigningSettings(false, folder, "unused",
				Map.of(SCHOOL.id(), new SigningSettings.Keystore(expired, "school-password")));

		Health health = health(configured, SCHOOL, OTHER);

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("cannotSign")).asInstanceOf(MAP)
			.containsOnlyKeys(SCHOOL.id().toString(), OTHER.id().toString())
			.containsEntry(OTHER.id().toString(), "no signing key for school " + OTHER.id()
					+ ": set qujat.signing.keystores." + OTHER.id() + ".path and .password");
		assertThat(health.getDetails().get("cannotSign").toString()).contains("expired on");
	}

	private Health health(SigningSettings settings, School... schools) {
		Schools all = mock(Schools.class);
		when(all.all()).thenReturn(List.of(schools));
		GeneratedKeys generated = new GeneratedKeys(JdbcClient.create(database));
		return new SigningKeysHealth(all, generated, keys(settings, false, database)).health();
	}
}
