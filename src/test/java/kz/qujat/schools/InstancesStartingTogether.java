package kz.qujat.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.qujat.support.TestDatabases;
import kz.qujat.system.Sha256;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Several instances starting at the same moment on one empty database: each runs the service's start-up work
 * (every {@link ApplicationRunner}, in order: the demo school and its accounts, the operator account from the
 * environment, the demo's API token) at once, and the database ends up with each of them once, and no instance
 * fails. The threads share this context's stateless beans; what they race for is the database's rows.
 */
@SpringBootTest(properties = { "qujat.signing.keys=target/test-keys", "qujat.security.operator-username=region-operator",
		"qujat.security.operator-password=region-operator-secret" })
abstract class InstancesStartingTogether {

	static final int INSTANCES = 6;

	static final int ROUNDS = 4;

	@Autowired
	List<ApplicationRunner> startUp;

	@Autowired
	ApplicationArguments arguments;

	@Autowired
	JdbcClient jdbc;

	static void database(DynamicPropertyRegistry properties, TestDatabases databases) {
		String url = databases.emptyUrl();
		properties.add("spring.datasource.url", () -> url);
		properties.add("spring.datasource.username", databases::username);
		properties.add("spring.datasource.password", () -> "");
	}

	@Test
	void makeTheDemoSchoolTheOperatorAndTheDemoTokenOnceAndAllStart() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			emptied();
			CyclicBarrier together = new CyclicBarrier(INSTANCES);
			List<Callable<Void>> instances = new ArrayList<>();
			for (int i = 0; i < INSTANCES; i++) {
				instances.add(() -> {
					together.await();
					for (ApplicationRunner runner : startUp) {
						runner.run(arguments);
					}
					return null;
				});
			}
			ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
			try {
				for (Future<Void> started : threads.invokeAll(instances)) {
					started.get();
				}
			}
			finally {
				threads.shutdown();
			}

			assertThat(count("select count(*) from school")).as("schools").isEqualTo(1);
			assertThat(jdbc.sql("select username from staff order by username").query(String.class).list())
				.containsExactly("demo", "demo-director", "operator", "region-operator");
			assertThat(count("select count(*) from api_token where secret_hash = '" + Sha256.hex("demo-token") + "'"))
				.as("demo tokens").isEqualTo(1);
		}
	}

	private void emptied() {
		for (String table : List.of("api_token", "staff", "school")) {
			jdbc.sql("delete from " + table).update();
		}
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}
}
