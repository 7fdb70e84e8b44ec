package kz.qujat.access.internal;

import kz.qujat.schools.SchoolsSettings;
import kz.qujat.access.SecuritySettings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code prod} profile's checks, at startup: no demo data with well-known passwords, an operator credential
 * and a real database from the environment. Without them the service refuses to start and says what is missing.
 */
@Component
@Profile("prod")
class ProductionReadiness {

	static final int SHORTEST_OPERATOR_PASSWORD = 12;

	ProductionReadiness(SchoolsSettings schools, SecuritySettings security,
			@Value("${spring.datasource.url:}") String databaseUrl) {
		StringBuilder missing = new StringBuilder();
		if (schools.demo()) {
			missing.append("\n - qujat.schools.demo must be false: the demo accounts have well-known passwords");
		}
		if (security.operatorUsername() == null || security.operatorUsername().isBlank()) {
			missing.append("\n - set QUJAT_SECURITY_OPERATOR_USERNAME");
		}
		if (security.operatorPassword() == null || security.operatorPassword().length() < SHORTEST_OPERATOR_PASSWORD) {
			missing.append("\n - set QUJAT_SECURITY_OPERATOR_PASSWORD, at least " + SHORTEST_OPERATOR_PASSWORD + " characters");
		}
		if (databaseUrl.isBlank() || databaseUrl.startsWith("jdbc:h2:")) {
			missing.append("\n - set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) to the production database");
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("The prod profile cannot start:" + missing);
		}
	}
}
