package kz.qujat.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import kz.qujat.support.Api;
import kz.qujat.support.Browser;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sessions belong to browsers that signed in with the form, and live only as long as their account: requests with
 * their own credentials (Basic, a token) open none, and disabling an account or revoking a token ends its access
 * with the very next request. The form itself, and every request riding on its session, needs the CSRF token.
 */
class SessionIntegrationTests extends ServiceTest {

	static final String JOURNAL = "/api/v1/reports/journal.csv?service=teacher-attestation&year=2026";

	@Test
	void requestsWithTheirOwnCredentialsOpenNoSession() {
		Api director = api.as("demo-director", "demo");
		Api token = api.bearer("demo-token");
		assertNoSession(api.get("/api/v1/school"), 200);
		assertNoSession(api.get(JOURNAL), 200);
		assertNoSession(api.post("/api/v1/documents", Receipts.simple("Сессиясыз Өтініш")), 201);
		assertNoSession(token.get("/api/v1/school"), 200);
		assertNoSession(token.get(JOURNAL), 200);
		assertNoSession(token.post("/api/v1/documents", Receipts.simple("Сессиясыз Өтініш")), 201);
		assertNoSession(director.get("/api/v1/school/staff"), 200);
		assertNoSession(api.as("demo", "wrong-password").get("/api/v1/school"), 401);
		assertNoSession(api.bearer("qjt_not-a-token").get("/api/v1/school"), 401);
		assertNoSession(api.anonymous().get("/api/v1/school"), 401);
		assertNoSession(api.anonymous().get("/v/0000000000000000000A"), 404);
	}

	@Test
	void aRevokedTokenIsRefusedWithItsNextRequest() {
		Api director = api.as("demo-director", "demo");
		HttpResponse<byte[]> created = director.post("/api/v1/school/tokens", "{\"name\":\"sessions\",\"staff\":\"demo\"}");
		assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
		Api integration = api.bearer(Api.json(created).get("secret").asString());
		assertNoSession(integration.get(JOURNAL), 200);

		assertThat(director.delete("/api/v1/school/tokens/" + Api.json(created).get("token").get("id").asString())
			.statusCode()).isEqualTo(204);
		assertNoSession(integration.get(JOURNAL), 401);
		assertNoSession(integration.get("/api/v1/documents"), 401);
	}

	@Test
	void theSignInFormNeedsItsCsrfTokenAndOpensASession() {
		HttpResponse<String> forged = new Browser(port).submit("/login", Map.of("username", "demo", "password", "demo"));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.headers().firstValue("Location")).isEmpty();
		assertThat(json(forged).get("type").asString()).isEqualTo("/problems/csrf-token-required");

		Browser browser = new Browser(port);
		browser.get("/login");
		String anonymousSession = browser.session();
		HttpResponse<String> wrongToken = browser.submit("/login",
				Map.of("username", "demo", "password", "demo", "_csrf", "not-the-token"));
		assertThat(wrongToken.statusCode()).isEqualTo(403);

		HttpResponse<String> signedIn = browser.signIn("demo", "demo");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/?lang=kk"));
		assertThat(browser.session()).as("a new session id at sign-in").isNotNull().isNotEqualTo(anonymousSession);
		assertThat(browser.get("/api/v1/school").statusCode()).isEqualTo(200);
		assertThat(browser.get(JOURNAL).statusCode()).isEqualTo(200);

		assertThat(browser.postJson("/api/v1/documents", Receipts.simple("Сессия Өтініші"), false).statusCode())
			.as("riding on the session without the token").isEqualTo(403);
		browser.get("/");
		assertThat(browser.postJson("/api/v1/documents", Receipts.simple("Сессия Өтініші"), true).statusCode())
			.isEqualTo(201);

		HttpResponse<String> signedOut = browser.submit("/logout", Map.of("_csrf", browser.csrf()));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login?signed-out"));
		assertThat(browser.get("/api/v1/school").statusCode()).isEqualTo(401);
	}

	@Test
	void disablingAnAccountEndsItsSessionAtOnce() {
		Api director = api.as("demo-director", "demo");
		HttpResponse<byte[]> clerk = director.post("/api/v1/school/staff", AccessIntegrationTests.DIRECTOR
			.formatted("session-clerk").replace("\"director\",", "\"clerk\","));
		assertThat(clerk.statusCode()).as(Api.text(clerk)).isEqualTo(201);
		Browser browser = new Browser(port);
		assertThat(browser.signIn("session-clerk", "director-secret-1").statusCode()).isEqualTo(302);
		assertThat(browser.get(JOURNAL).statusCode()).isEqualTo(200);
		browser.get("/");

		assertThat(director.delete("/api/v1/school/staff/" + Api.json(clerk).get("id").asString()).statusCode())
			.isEqualTo(204);
		HttpResponse<String> refused = browser.get(JOURNAL);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(json(refused).get("type").asString()).isEqualTo("/problems/sign-in-required");
		assertThat(browser.get("/api/v1/school").statusCode()).isEqualTo(401);
		assertThat(browser.postJson("/api/v1/documents", Receipts.simple("Өшірілген Қызметкер"), true).statusCode())
			.isEqualTo(401);
		assertThat(browser.signIn("session-clerk", "director-secret-1").headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).contains("/login?error"));
	}

	private static void assertNoSession(HttpResponse<byte[]> answer, int status) {
		assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(status);
		assertThat(answer.headers().allValues("Set-Cookie")).as("Set-Cookie").isEmpty();
	}

	private static JsonNode json(HttpResponse<String> answer) {
		return JsonMapper.builder().build().readTree(answer.body());
	}
}
