package kz.qujat.schools;

import kz.qujat.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link InstancesStartingTogether} on PostgreSQL, a region's database. */
class InstancesStartingTogetherOnPostgresIntegrationTests extends InstancesStartingTogether {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry properties) {
		database(properties, TestDatabases.POSTGRESQL);
	}
}
