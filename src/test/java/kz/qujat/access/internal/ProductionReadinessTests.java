package kz.qujat.access.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;

import kz.qujat.schools.SchoolsSettings;
import kz.qujat.access.SecuritySettings;

import org.junit.jupiter.api.Test;

/** The prod profile refuses to start on the embedded defaults and says what to set. */
class ProductionReadinessTests {

	@Test
	void refusesTheDemoAWeakOrMissingOperatorAndTheEmbeddedDatabase() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new ProductionReadiness(new SchoolsSettings(true), security(null, null),
					"jdbc:h2:file:./data/qujat"))
			.withMessageContaining("qujat.schools.demo must be false")
			.withMessageContaining("QUJAT_SECURITY_OPERATOR_USERNAME")
			.withMessageContaining("QUJAT_SECURITY_OPERATOR_PASSWORD")
			.withMessageContaining("SPRING_DATASOURCE_URL");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ProductionReadiness(new SchoolsSettings(false), security("root", "short"),
					"jdbc:postgresql://db/qujat"))
			.withMessageContaining("at least 12 characters");
	}

	@Test
	void startsWithAnOperatorAndARealDatabase() {
		assertThatCode(() -> new ProductionReadiness(new SchoolsSettings(false),
				security("region-operator", "a-long-enough-secret"), "jdbc:postgresql://db/qujat")).doesNotThrowAnyException();
	}

	private static SecuritySettings security(String username, String password) {
		return new SecuritySettings(username, password, 120, 5, Duration.ofMinutes(15));
	}
}
