package kz.qujat.schools;

import kz.qujat.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link InstancesStartingTogether} on H2 in PostgreSQL mode, the embedded default's database. */
class InstancesStartingTogetherIntegrationTests extends InstancesStartingTogether {

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry properties) {
		database(properties, TestDatabases.H2);
	}
}
