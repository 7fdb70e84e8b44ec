package kz.qujat.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.qujat.support.Api;
import kz.qujat.support.Browser;
import kz.qujat.support.Receipts;
import kz.qujat.support.RestartablePostgres;
import kz.qujat.support.TestClock;
import kz.qujat.support.TestClockConfiguration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * PostgreSQL stopped under the running service, then started again: meanwhile every request that needs it answers
 * 503 with Retry-After within seconds, never a 500 or a hang, and readiness is DOWN; afterwards the service carries
 * on by itself, and the journal's numbers go on from where they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class DatabaseOutageIntegrationTests {

	/** Hikari's connection timeout (3 s) and a little for the request itself on a busy machine. */
	private static final Duration PROMPTLY = Duration.ofSeconds(8);

	private static final RestartablePostgres POSTGRES = RestartablePostgres.start();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", POSTGRES::jdbcUrl);
		properties.add("spring.datasource.username", () -> "postgres");
		properties.add("spring.datasource.password", () -> "");
		properties.add("qujat.signing.keys", () -> "target/test-keys");
	}

	@AfterAll
	static void stop() {
		POSTGRES.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Test
	void whileTheDatabaseIsDownRequestsAnswer503PromptlyAndTheServiceRecoversByItself() throws Exception {
		clock.set(TestClock.MONDAY_MORNING);
		Api clerk = new Api(port);
		Api anyone = clerk.anonymous();
		JsonNode before = Api.json(issued(clerk.post("/api/v1/documents", Receipts.simple("Іркітов Нұрсұлтан"))));
		String verification = "/api/v1/verify/" + before.get("verificationCode").asString();
		assertThat(anyone.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		Browser desk = new Browser(port);
		assertThat(desk.signIn("demo", "demo").statusCode()).isEqualTo(302);

		POSTGRES.stop();
		try {
			List<Callable<HttpResponse<byte[]>>> requests = List.of(
					() -> clerk.post("/api/v1/documents", Receipts.simple("Оқжетпесов Ерғали")),
					() -> clerk.get("/api/v1/documents/" + before.get("id").asString()),
					() -> clerk.get("/api/v1/documents/" + before.get("id").asString() + "/pdf"),
					() -> clerk.get("/api/v1/documents?limit=5"),
					() -> clerk.bearer("demo-token").get("/api/v1/documents?limit=5"),
					() -> anyone.get(verification));
			ExecutorService clients = Executors.newFixedThreadPool(requests.size());
			try {
				Instant sent = Instant.now();
				List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
				requests.forEach(request -> answers.add(clients.submit(request)));
				for (Future<HttpResponse<byte[]>> future : answers) {
					HttpResponse<byte[]> answer = future.get();
					assertThat(answer.statusCode()).as(answer.request().uri() + " -> " + Api.text(answer)).isEqualTo(503);
					assertThat(answer.headers().firstValue("Retry-After")).as(answer.request().uri().toString())
						.hasValue("5");
					assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
					assertThat(Api.json(answer).get("type").asString()).endsWith("database-unavailable");
					assertThat(Api.json(answer).get("detail").asString()).isNotBlank();
				}
				assertThat(Duration.between(sent, Instant.now())).as("all six answered").isLessThan(PROMPTLY);
			}
			finally {
				clients.shutdownNow();
			}
			HttpResponse<byte[]> readiness = anyone.get("/actuator/health/readiness");
			assertThat(readiness.statusCode()).as(Api.text(readiness)).isEqualTo(503);
			// the desk's session is kept in the database too: a page in it cannot be drawn, and says so
			HttpResponse<String> page = desk.get("/desk/journal");
			assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
		}
		finally {
			POSTGRES.startAgain();
		}

		HttpResponse<byte[]> after = within(Duration.ofSeconds(30),
				() -> clerk.post("/api/v1/documents", Receipts.simple("Оқжетпесов Ерғали")), 201);
		assertThat(after.statusCode()).as(Api.text(after)).isEqualTo(201);
		assertThat(sequence(Api.json(after))).as("the next number: none taken or lost in the outage")
			.isEqualTo(sequence(before) + 1);
		assertThat(within(Duration.ofSeconds(30), () -> anyone.get("/actuator/health/readiness"), 200).statusCode())
			.isEqualTo(200);
		assertThat(clerk.get(before.get("pdfUrl").asString()).statusCode()).isEqualTo(200);
		assertThat(desk.get("/desk/journal").statusCode()).as("the clerk still signed in after the outage").isEqualTo(200);
	}

	private static HttpResponse<byte[]> issued(HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).as(Api.text(response)).isEqualTo(201);
		return response;
	}

	private static int sequence(JsonNode document) {
		String number = document.get("number").asString();
		return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
	}

	/** Sends the request until it answers {@code status}, for up to {@code limit}; answers the last response. */
	private static HttpResponse<byte[]> within(Duration limit, Callable<HttpResponse<byte[]>> request, int status)
			throws Exception {
		Instant deadline = Instant.now().plus(limit);
		HttpResponse<byte[]> response = request.call();
		while (response.statusCode() != status && Instant.now().isBefore(deadline)) {
			assertThat(response.statusCode()).as("while recovering: " + Api.text(response)).isNotEqualTo(500);
			Thread.sleep(250);
			response = request.call();
		}
		return response;
	}
}
