package kz.qujat.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.qujat.support.Api;
import kz.qujat.support.IppEverywherePrinter;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;
import kz.qujat.support.TestSchools;
import kz.qujat.system.Sha256;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * An integration retries after a timeout with the same {@code Idempotency-Key}: it gets the first answer again,
 * byte for byte, and the journal one paper; a key reused for another body, a malformed key and a retry while the
 * first request is still at work are refused; keys are each school's own and free again after a day.
 */
class IdempotencyIntegrationTests extends ServiceTest {

	private static final String DOCUMENTS = "/api/v1/documents";

	private static final String KEY = "Idempotency-Key";

	@Autowired
	private TestSchools schools;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aRetryWithTheKeyGetsTheFirstAnswerAndTheJournalOnePaper() {
		String body = Receipts.simple("Қайталаған Әлихан");
		String key = newKey();

		HttpResponse<byte[]> first = api.postWithHeaders(DOCUMENTS, body, KEY, key);
		HttpResponse<byte[]> retry = api.postWithHeaders(DOCUMENTS, body, KEY, key);

		assertThat(first.statusCode()).as(Api.text(first)).isEqualTo(201);
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location")).isPresent();
		assertThat(retry.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
		assertThat(journal("Қайталаған Әлихан")).singleElement()
			.satisfies(entry -> assertThat(entry.get("number")).isEqualTo(Api.json(first).get("number")));
		assertThat(api.get(Api.json(retry).get("pdfUrl").asString()).statusCode()).isEqualTo(200);
	}

	@Test
	void eightRacingRequestsWithOneKeyIssueOnePaper() throws Exception {
		String body = Receipts.simple("Жарысқан Бекзат");
		String key = newKey();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<byte[]>>> racing = new ArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			for (int i = 0; i < 8; i++) {
				racing.add(clients.submit(() -> {
					start.await();
					return api.postWithHeaders(DOCUMENTS, body, KEY, key);
				}));
			}
			start.countDown();
			List<HttpResponse<byte[]>> answers = new ArrayList<>();
			for (Future<HttpResponse<byte[]>> answer : racing) {
				answers.add(answer.get());
			}

			List<HttpResponse<byte[]>> created = answers.stream().filter(a -> a.statusCode() == 201).toList();
			assertThat(created).isNotEmpty();
			assertThat(created).allSatisfy(a -> assertThat(a.body()).isEqualTo(created.get(0).body()));
			assertThat(answers).filteredOn(a -> a.statusCode() != 201).allSatisfy(busy -> {
				assertThat(busy.statusCode()).as(Api.text(busy)).isEqualTo(409);
				assertThat(Api.json(busy).get("type").asString()).isEqualTo("/problems/idempotency-key-in-use");
				assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
			});
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(journal("Жарысқан Бекзат")).hasSize(1);
	}

	@Test
	void theKeyOfOneRequestIsRefusedForAnotherBody() {
		String key = newKey();
		assertThat(api.postWithHeaders(DOCUMENTS, Receipts.simple("Бірінші Айгерім"), KEY, key).statusCode()).isEqualTo(201);

		HttpResponse<byte[]> reused = api.inLanguage("ru").postWithHeaders(DOCUMENTS, Receipts.simple("Екінші Айгерім"), KEY, key);

		assertThat(reused.statusCode()).isEqualTo(422);
		JsonNode problem = Api.json(reused);
		assertThat(problem.get("type").asString()).isEqualTo("/problems/idempotency-key-reused");
		assertThat(problem.get("title").asString()).isEqualTo("Idempotency-Key уже использован для другого запроса");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(KEY);
		assertThat(journal("Екінші Айгерім")).isEmpty();

		HttpResponse<byte[]> elsewhere = api.postWithHeaders(DOCUMENTS + "/" + UUID.randomUUID() + "/revoke",
				"{\"reason\":\"other\"}", KEY, key);
		assertThat(elsewhere.statusCode()).as("the same key on another endpoint").isEqualTo(422);
	}

	@Test
	void aKeyIsTheSchoolsOwn() {
		TestSchools.Made other = schools.create("idempotency-other-clerk", List.of("teacher-attestation"));
		String body = Receipts.simple("Екі мектепті Дәурен");
		String key = newKey();

		JsonNode ours = Api.json(api.postWithHeaders(DOCUMENTS, body, KEY, key));
		HttpResponse<byte[]> theirs = api.as(other.username(), other.password()).postWithHeaders(DOCUMENTS, body, KEY, key);

		assertThat(theirs.statusCode()).as(Api.text(theirs)).isEqualTo(201);
		assertThat(Api.json(theirs).get("id")).isNotEqualTo(ours.get("id"));
		assertThat(journal("Екі мектепті Дәурен")).hasSize(1);
	}

	@Test
	void aMalformedKeyIsRefusedNamingTheHeader() {
		String body = Receipts.simple("Қате кілтті Нұржан");
		for (String malformed : List.of("\"\"", "\"unterminated", "\"a\\x\"", "\"a\" b", "\"a\";p=1", "two words",
				"\"" + "k".repeat(256) + "\"", "k".repeat(256))) {
			HttpResponse<byte[]> refused = api.postWithHeaders(DOCUMENTS, body, KEY, malformed);
			assertThat(refused.statusCode()).as(malformed).isEqualTo(400);
			JsonNode error = Api.json(refused).get("errors").get(0);
			assertThat(error.get("field").asString()).isEqualTo(KEY);
			assertThat(error.get("rule").asString()).isEqualTo("idempotency-key");
		}
		assertThat(api.postWithHeaders(DOCUMENTS, body, KEY, "\"one\"", KEY, "\"two\"").statusCode())
			.as("the header twice").isEqualTo(400);
		assertThat(journal("Қате кілтті Нұржан")).isEmpty();

		String bare = UUID.randomUUID().toString();
		HttpResponse<byte[]> first = api.postWithHeaders(DOCUMENTS, body, KEY, bare);
		assertThat(first.statusCode()).as("a bare key: " + Api.text(first)).isEqualTo(201);
		assertThat(api.postWithHeaders(DOCUMENTS, body, KEY, "\"" + bare + "\"").body())
			.as("quoted, the same key").isEqualTo(first.body());
		assertThat(journal("Қате кілтті Нұржан")).hasSize(1);
	}

	@Test
	void aKeyIsFreeAgainAfterADay() {
		String body = Receipts.simple("Ертеңгі Салтанат");
		String key = newKey();
		JsonNode first = Api.json(api.postWithHeaders(DOCUMENTS, body, KEY, key));

		clock.advance(Duration.ofHours(25));
		HttpResponse<byte[]> nextDay = api.postWithHeaders(DOCUMENTS, body, KEY, key);

		assertThat(nextDay.statusCode()).isEqualTo(201);
		assertThat(Api.json(nextDay).get("number")).isNotEqualTo(first.get("number"));
		assertThat(journal("Ертеңгі Салтанат")).hasSize(2);
	}

	@Test
	void aRequestWithoutTheKeyIsIssuedEachTime() {
		String body = Receipts.simple("Кілтсіз Ерасыл");

		assertThat(api.post(DOCUMENTS, body).statusCode()).isEqualTo(201);
		assertThat(api.post(DOCUMENTS, body).statusCode()).isEqualTo(201);

		assertThat(journal("Кілтсіз Ерасыл")).hasSize(2);
	}

	@Test
	void aRefusalIsKeptForTheKeyLikeAnyAnswer() {
		String key = newKey();
		String unknown = Receipts.simple("Бас тартылған Мәди").replace("teacher-attestation", "no-such-service");

		HttpResponse<byte[]> refused = api.postWithHeaders(DOCUMENTS, unknown, KEY, key);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(api.postWithHeaders(DOCUMENTS, unknown, KEY, key).body()).isEqualTo(refused.body());

		HttpResponse<byte[]> corrected = api.postWithHeaders(DOCUMENTS, Receipts.simple("Бас тартылған Мәди"), KEY, key);
		assertThat(corrected.statusCode()).as("a corrected body needs a key of its own").isEqualTo(422);
	}

	@Test
	void aRevocationRetriedGetsItsFirstAnswerNotAlreadyRevoked() {
		JsonNode receipt = Api.json(api.post(DOCUMENTS, Receipts.simple("Кері қайтарылған Гүлім")));
		String revoke = DOCUMENTS + "/" + receipt.get("id").asString() + "/revoke";
		String key = newKey();

		HttpResponse<byte[]> first = api.postWithHeaders(revoke, "{\"reason\":\"issued-in-error\"}", KEY, key);
		HttpResponse<byte[]> retry = api.postWithHeaders(revoke, "{\"reason\":\"issued-in-error\"}", KEY, key);

		assertThat(first.statusCode()).as(Api.text(first)).isEqualTo(200);
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(api.post(revoke, "{\"reason\":\"issued-in-error\"}").statusCode()).as("without the key").isEqualTo(409);
	}

	@Test
	void aPrintRequestRetriedMakesOneJob() {
		try (IppEverywherePrinter tray = IppEverywherePrinter.start("Idempotent")) {
			String printer = Api.json(api.as("demo-director", "demo").post("/api/v1/school/printers", """
					{"name":"Idempotent tray","uri":"%s"}""".formatted(tray.uri()))).get("id").asString();
			String document = Api.json(api.post(DOCUMENTS, Receipts.simple("Басылған Ақжол"))).get("id").asString();
			String print = DOCUMENTS + "/" + document + "/print";
			String key = newKey();

			HttpResponse<byte[]> first = api.postWithHeaders(print, "{\"printer\":\"" + printer + "\"}", KEY, key);
			HttpResponse<byte[]> retry = api.postWithHeaders(print, "{\"printer\":\"" + printer + "\"}", KEY, key);

			assertThat(first.statusCode()).as(Api.text(first)).isEqualTo(202);
			assertThat(retry.statusCode()).isEqualTo(202);
			assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
			assertThat(retry.body()).isEqualTo(first.body());
			assertThat(Api.json(api.get("/api/v1/print-jobs")).valueStream()
				.filter(job -> document.equals(job.get("document").asString()))).hasSize(1);
		}
	}

	@Test
	void aClaimLeftByAnInstanceThatDiedIsTakenOverAfterAWhile() {
		String body = Receipts.simple("Тоқтап қалған Самал");
		String key = "left-by-a-dead-instance-" + UUID.randomUUID();
		jdbc.sql("""
				insert into idempotency_key (school_id, idempotency_key, request, request_sha256, state, claim, created_at)
				values (?, ?, 'POST /api/v1/documents', ?, 'in-progress', ?, ?)""")
			.params(UUID.fromString("00000000-0000-4000-8000-000000000001"), key,
					Sha256.hex(body.getBytes(StandardCharsets.UTF_8)), UUID.randomUUID(),
					OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();

		HttpResponse<byte[]> busy = api.postWithHeaders(DOCUMENTS, body, KEY, key);
		assertThat(busy.statusCode()).as("still at work, as far as anyone knows").isEqualTo(409);

		clock.advance(Duration.ofMinutes(10));
		HttpResponse<byte[]> taken = api.postWithHeaders(DOCUMENTS, body, KEY, key);
		assertThat(taken.statusCode()).as(Api.text(taken)).isEqualTo(201);
		assertThat(journal("Тоқтап қалған Самал")).hasSize(1);
	}

	@Test
	void theApiDescriptionOffersTheKeyOnTheFourWrites() {
		JsonNode paths = Api.json(api.anonymous().get("/v3/api-docs")).get("paths");

		for (String path : List.of("/api/v1/documents", "/api/v1/documents/{id}/print", "/api/v1/print-jobs",
				"/api/v1/documents/{id}/revoke")) {
			assertThat(paths.get(path).get("post").get("parameters").valueStream()).as(path)
				.anySatisfy(parameter -> {
					assertThat(parameter.get("name").asString()).isEqualTo(KEY);
					assertThat(parameter.get("in").asString()).isEqualTo("header");
				});
		}
		assertThat(paths.get("/api/v1/documents/preview").get("post").toString()).doesNotContain(KEY);
	}

	private List<JsonNode> journal(String name) {
		JsonNode entries = Api.json(api.get(DOCUMENTS + "?limit=1000&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
		return entries.valueStream().toList();
	}

	private static String newKey() {
		return "\"" + UUID.randomUUID() + "\"";
	}
}
