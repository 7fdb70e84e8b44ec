package kz.qujat.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import kz.qujat.catalog.Channel;
import kz.qujat.support.Api;
import kz.qujat.support.Pdfs;
import kz.qujat.support.Receipts;
import kz.qujat.support.TestClock;
import kz.qujat.support.TestClockConfiguration;
import kz.qujat.support.WebhookReceiver;
import kz.qujat.system.Iin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The service on PostgreSQL, the production database: the same migrations and SQL, and numbering that stays
 * gapless when two instances (two connection pools) issue for the same school and service at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class PostgresIntegrationTests {

	private static final EmbeddedPostgres POSTGRES = start();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
		properties.add("spring.datasource.username", () -> "postgres");
		properties.add("spring.datasource.password", () -> "");
		properties.add("qujat.signing.keys", () -> "target/test-keys");
	}

	@AfterAll
	static void stop() throws IOException {
		POSTGRES.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	IssuedDocuments thisInstance;

	@Autowired
	Numbering thisInstancesNumbering;

	@Autowired
	RegistrySettings settings;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		clock.set(TestClock.MONDAY_MORNING);
	}

	@Test
	void issuesVerifiesAndRevokesASignedReceipt() {
		Api api = new Api(port);
		HttpResponse<byte[]> created = api.post("/api/v1/documents", Receipts.simple("Постгрес Әлия"));
		assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);

		byte[] pdf = api.get(Api.json(created).get("pdfUrl").asString()).body();
		assertThat(Pdfs.text(pdf)).contains("Постгрес Әлия");
		assertThat(api.anonymous().get("/api/v1/verify/" + Api.json(created).get("verificationCode").asString())
			.statusCode()).isEqualTo(200);

		assertThat(api.post("/api/v1/documents/" + Api.json(created).get("id").asString() + "/revoke",
				"{\"reason\": \"issued-in-error\"}").statusCode()).isEqualTo(200);
		JsonNode uploaded = Api.json(api.anonymous().postFile("/api/v1/verify", "receipt.pdf", pdf));
		assertThat(uploaded.get("result").asString()).isEqualTo("authentic");
		assertThat(uploaded.get("status").asString()).isEqualTo("revoked");
		assertThat(uploaded.get("document").get("signature").get("valid").asBoolean()).isTrue();
	}

	@Test
	void deliversAWebhookForAReceiptAndRecordsTheAttempt() throws Exception {
		Api director = new Api(port).as("demo-director", "demo");
		try (WebhookReceiver receiver = new WebhookReceiver(503)) {
			HttpResponse<byte[]> registered = director.post("/api/v1/school/webhooks",
					"{\"url\":\"%s\",\"events\":[\"document.issued\"]}".formatted(receiver.url()));
			assertThat(registered.statusCode()).as(Api.text(registered)).isEqualTo(201);
			String webhook = Api.json(registered).get("self").asString();
			String number = Api.json(new Api(port).post("/api/v1/documents", Receipts.simple("Вебхук Әлия")))
				.get("number").asString();

			receiver.await(number);
			assertThat(attemptsOf(director, webhook, 1)).containsExactly(503);
			clock.advance(Duration.ofSeconds(5));
			assertThat(attemptsOf(director, webhook, 2)).containsExactly(200, 503);
			assertThat(receiver.received()).hasSize(2);
			assertThat(director.delete(webhook).statusCode()).isEqualTo(204);
		}
	}

	@Test
	void twoInstancesNumberOneSchoolsServiceWithoutGapsOrDuplicates() throws Exception {
		String service = "numbering-on-postgres";
		try (HikariDataSource otherPool = new HikariDataSource()) {
			otherPool.setJdbcUrl(POSTGRES.getJdbcUrl("postgres", "postgres"));
			otherPool.setUsername("postgres");
			otherPool.setMaximumPoolSize(8);
			TransactionTemplate otherTransactions = new TransactionTemplate(new JdbcTransactionManager(otherPool));
			Numbering otherInstancesNumbering = new Numbering(JdbcClient.create(otherPool), otherTransactions, clock,
					settings);
			IssuedDocuments otherInstance = new IssuedDocuments(JdbcClient.create(otherPool), otherTransactions, clock,
					otherInstancesNumbering);

			ExecutorService clerks = Executors.newFixedThreadPool(16);
			List<Callable<Registration>> registrations = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				IssuedDocuments instance = i % 2 == 0 ? thisInstance : otherInstance;
				Numbering numbering = i % 2 == 0 ? thisInstancesNumbering : otherInstancesNumbering;
				registrations.add(() -> {
					Registration registration = numbering.take(entry(service));
					instance.complete(registration, new byte[] { 37, 80, 68, 70 }, "ab".repeat(32),
							new DocumentSignature("Екі Инстанс", clock.instant(), true));
					return registration;
				});
			}
			List<Integer> numbers = new ArrayList<>();
			for (Future<Registration> registration : clerks.invokeAll(registrations)) {
				numbers.add(registration.get().number().sequence());
			}
			clerks.shutdown();

			assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 80).boxed().toList());
			assertThat(jdbc.sql("select count(*) from issued_document where service = ? and status = 'issued'")
				.param(service).query(Integer.class).single()).isEqualTo(80);
		}
	}

	@Test
	void voidsAbandonedNumbersOnPostgresToo() {
		Registration registration = thisInstancesNumbering.take(entry("abandoned-on-postgres"));
		clock.advance(settings.abandonAfter().plus(Duration.ofSeconds(1)));

		assertThat(thisInstancesNumbering.voidAbandoned()).isGreaterThanOrEqualTo(1);
		assertThat(thisInstance.find(NumberingIntegrationTests.DEMO_SCHOOL, registration.id())).get()
			.extracting(IssuedDocument::status).isEqualTo(DocumentStatus.VOID);
		assertThatExceptionOfType(RegistrationVoided.class).isThrownBy(() -> thisInstance.complete(registration,
				new byte[] { 37, 80, 68, 70 }, "ab".repeat(32), new DocumentSignature("Тест", clock.instant(), true)));
	}

	@Test
	void readinessGoesDownWhileTheDatabaseTakesNoWrites() throws Exception {
		Api anyone = new Api(port).anonymous();
		assertThat(anyone.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		try {
			// as when a primary turns into a standby: every session may still read, none may write
			readOnly("on");
			assertThat(readinessWithin(Duration.ofSeconds(10), 503)).as("readiness while read-only").isEqualTo(503);
			assertThat(Api.text(anyone.get("/actuator/health/readiness"))).contains("\"status\":\"DOWN\"");
		}
		finally {
			readOnly("off");
		}
		assertThat(readinessWithin(Duration.ofSeconds(10), 200)).as("readiness once writable again").isEqualTo(200);
	}

	/** The status codes of a webhook's attempts, newest first, once there are {@code count} (waited for 15 s). */
	private static List<Integer> attemptsOf(Api director, String webhook, int count) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(15);
		JsonNode attempts;
		while ((attempts = Api.json(director.get(webhook + "/deliveries"))).size() < count
				&& Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		return attempts.valueStream().map(attempt -> attempt.get("statusCode").asInt()).toList();
	}

	private void readOnly(String onOrOff) throws SQLException {
		try (Connection connection = DriverManager.getConnection(POSTGRES.getJdbcUrl("postgres", "postgres"));
				Statement statement = connection.createStatement()) {
			statement.execute("set default_transaction_read_only = off");
			statement.execute("alter system set default_transaction_read_only = " + onOrOff);
			statement.execute("select pg_reload_conf()");
		}
	}

	private int readinessWithin(Duration wait, int expected) throws InterruptedException {
		long deadline = System.nanoTime() + wait.toNanos();
		int status;
		while ((status = new Api(port).anonymous().get("/actuator/health/readiness").statusCode()) != expected
				&& System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		return status;
	}

	private NewRegistration entry(String service) {
		return new NewRegistration(NumberingIntegrationTests.DEMO_SCHOOL, new Counter(service, "PG"), service, null, 2026,
				DocumentKind.RECEIPT, Channel.PAPER,
				new VerificationCode(UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase()),
				new Holder("Екі Инстанс", Iin.of("800416300257")), NumberingIntegrationTests.DEMO_CLERK,
				Term.at(clock.instant()), "{}");
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
