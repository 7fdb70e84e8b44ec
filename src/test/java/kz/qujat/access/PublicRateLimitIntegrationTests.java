package kz.qujat.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import kz.qujat.support.Api;
import kz.qujat.support.RawHttp;
import kz.qujat.support.TestClockConfiguration;
import kz.qujat.registry.VerificationCode;
import kz.qujat.verification.Verifications;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Guessing verification codes is hopeless, and the public endpoints slow a guesser down long before. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:qujat-rate-limit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"qujat.security.public-requests-per-minute=30" })
@Import(TestClockConfiguration.class)
class PublicRateLimitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Verifications verifications;

	@Test
	void aHundredThousandRandomCodesFindNothing() {
		Api api = new Api(port);
		for (int i = 0; i < 3; i++) {
			api.post("/api/v1/documents", kz.qujat.support.Receipts.simple("Кездейсоқ Тексеру"));
		}
		int found = 0;
		for (int i = 0; i < 100_000; i++) {
			if (verifications.byCode(VerificationCode.random().value()).isPresent()) {
				found++;
			}
		}
		assertThat(found).isZero();
	}

	@Test
	void oneAddressGetsA429WithRetryAfterLongBeforeItCouldGuess() {
		Api anonymous = new Api(port).anonymous();
		int answered = 0;
		HttpResponse<byte[]> limited = null;
		for (int i = 0; i < 100 && limited == null; i++) {
			HttpResponse<byte[]> answer = anonymous.get("/api/v1/verify/" + VerificationCode.random().value());
			if (answer.statusCode() == 429) {
				limited = answer;
			}
			else {
				assertThat(answer.statusCode()).isEqualTo(404);
				answered++;
			}
		}
		assertThat(limited).as("a 429 within 100 requests").isNotNull();
		assertThat(answered).isLessThanOrEqualTo(30);
		assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(Api.json(limited).get("type").asString()).isEqualTo("/problems/rate-limited");
		assertThat(anonymous.get("/v/0000000000000000000A").statusCode()).isEqualTo(429);
		assertThat(anonymous.get("/login").statusCode()).as("the sign-in page, whose CSRF token takes a session")
			.isEqualTo(429);
		assertThat(new Api(port).get("/api/v1/school").statusCode()).isEqualTo(200);
	}

	/**
	 * Garbage sent without signing in is counted like any public request, whether the firewall, a filter or a
	 * controller refuses it, and wherever it is sent; from an address of its own, so that the other tests here do
	 * not share its bucket.
	 */
	@Test
	void malformedRequestsWithoutSignInCountAgainstTheSameLimit() throws Exception {
		RawHttp client = new RawHttp(port, InetAddress.getByName("127.0.0.2"));
		List<String> garbage = List.of("GET /api/v1/verify/ABC?x=%ff HTTP/1.1\r\n",
				"GET /api/v1/verify/a;b HTTP/1.1\r\n", "GET /actuator/health?x=%ff HTTP/1.1\r\n",
				"POST /api/v1/verify HTTP/1.1\r\nContent-Type: application/json; charset=x-bogus\r\nContent-Length: 2\r\n",
				"POST /api/v1/documents HTTP/1.1\r\nContent-Type: application/json; charset=x-bogus\r\nContent-Length: 2\r\n",
				"POST /api/v1/verify HTTP/1.1\r\nContent-Type: multipart/form-data\r\nContent-Length: 2\r\n",
				"GET /api/v1/documents?from=-999999999-01-01 HTTP/1.1\r\n");
		List<Integer> statuses = new ArrayList<>();
		RawHttp.Answer limited = null;
		for (int i = 0; i < 40 && limited == null; i++) {
			String head = garbage.get(i % garbage.size()) + "Host: localhost\r\nConnection: close\r\n\r\n";
			RawHttp.Answer answer = client.send((head + (head.startsWith("POST") ? "{}" : "")).getBytes(StandardCharsets.UTF_8),
					false);
			assertThat(answer.isProblem()).as("answer %d: %s", i, answer).isTrue();
			if (answer.status() == 429) {
				limited = answer;
			}
			else {
				statuses.add(answer.status());
			}
		}
		assertThat(statuses).hasSize(30).allMatch(status -> status >= 400 && status < 500);
		assertThat(statuses).contains(400, 401, 415);
		assertThat(limited).isNotNull();
		assertThat(limited.body()).contains("/problems/rate-limited");
	}
}
