package kz.qujat.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import kz.qujat.support.Api;
import kz.qujat.support.Browser;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;
import kz.qujat.support.TestSchools;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

/** Operators, directors, clerks and API tokens: who may do what, and what the audit trail keeps of it. */
@ExtendWith(OutputCaptureExtension.class)
class AccessIntegrationTests extends ServiceTest {

	static final String DIRECTOR = """
			{"username":"%s","password":"director-secret-1","role":"director","fullName":"Нұрланова Айгүл Серікқызы",
			 "positionKk":"директор","positionRu":"директор"}""";

	Api operator;

	@BeforeEach
	void setUp() {
		operator = api.as("operator", "operator");
	}

	@Test
	void anOperatorMakesASchoolAndItsDirectorWhoRunsIt() {
		HttpResponse<byte[]> created = operator.post("/api/v1/schools", TestSchools.PROFILE.formatted("950341000052"));
		assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
		String id = Api.json(created).get("id").asString();
		assertThat(created.headers().firstValue("Location")).contains("/api/v1/schools/" + id);
		assertThat(Api.json(created).get("bin").asString()).isEqualTo("950341000052");
		assertThat(operator.post("/api/v1/schools", TestSchools.PROFILE.formatted("950341000052")).statusCode()).isEqualTo(409);
		assertThat(field(operator.post("/api/v1/schools", TestSchools.PROFILE.formatted("950341000053")))).isEqualTo("bin:bin-checksum");

		assertThat(operator.post("/api/v1/schools/" + id + "/staff", DIRECTOR.formatted("alatau-director")).statusCode())
			.isEqualTo(201);
		assertThat(operator.post("/api/v1/schools/" + id + "/staff", DIRECTOR.formatted("alatau-director")).statusCode())
			.isEqualTo(409);
		assertThat(field(operator.post("/api/v1/schools/" + id + "/staff",
				DIRECTOR.formatted("short").replace("director-secret-1", "short")))).isEqualTo("password:password");

		Api director = api.as("alatau-director", "director-secret-1");
		JsonNode profile = Api.json(director.get("/api/v1/school"));
		assertThat(profile.get("name").get("ru").asString()).isEqualTo("КГУ «Школа № 3 села Алатау»");
		HttpResponse<byte[]> updated = director.put("/api/v1/school", TestSchools.PROFILE.formatted("950341000052")
			.replace("+7 727 000 00 03", "+7 727 111 11 11"));
		assertThat(updated.statusCode()).as(Api.text(updated)).isEqualTo(200);
		assertThat(Api.json(director.get("/api/v1/school")).get("phone").asString()).isEqualTo("+7 727 111 11 11");

		HttpResponse<byte[]> clerk = director.post("/api/v1/school/staff", DIRECTOR.formatted("alatau-clerk")
			.replace("\"director\",", "\"clerk\","));
		assertThat(clerk.statusCode()).as(Api.text(clerk)).isEqualTo(201);
		Api alatauClerk = api.as("alatau-clerk", "director-secret-1");
		assertThat(alatauClerk.post("/api/v1/documents", Receipts.simple("Алатау Өтініш")).statusCode()).isEqualTo(201);
		assertThat(Api.json(alatauClerk.post("/api/v1/documents", Receipts.forTeacher("Алатау", "871008401427", "application")
			.replace("teacher-attestation", "home-schooling"))).get("errors").get(0).get("rule").asString())
			.isEqualTo("not-offered-by-school");

		assertThat(director.delete("/api/v1/school/staff/" + Api.json(clerk).get("id").asString()).statusCode()).isEqualTo(204);
		assertThat(alatauClerk.get("/api/v1/school").statusCode()).isEqualTo(401);
	}

	@Test
	void eachRoleIsKeptToItsWork() {
		Api clerk = api;
		Api director = api.as("demo-director", "demo");
		assertThat(clerk.put("/api/v1/school", TestSchools.PROFILE.formatted("940140000385")).statusCode()).isEqualTo(403);
		assertThat(clerk.get("/api/v1/school/staff").statusCode()).isEqualTo(403);
		assertThat(clerk.post("/api/v1/school/tokens", "{\"name\":\"x\"}").statusCode()).isEqualTo(403);
		assertThat(clerk.get("/api/v1/audit").statusCode()).isEqualTo(403);
		assertThat(clerk.post("/api/v1/schools", TestSchools.PROFILE.formatted("950341000052")).statusCode()).isEqualTo(403);
		assertThat(director.post("/api/v1/schools", TestSchools.PROFILE.formatted("950341000052")).statusCode()).isEqualTo(403);
		assertThat(operator.post("/api/v1/documents", Receipts.simple("Оператор")).statusCode()).isEqualTo(403);
		assertThat(operator.get("/api/v1/school").statusCode()).isEqualTo(403);
		assertThat(clerk.get("/actuator/prometheus").statusCode()).isEqualTo(403);
		assertThat(operator.get("/actuator/prometheus").statusCode()).isEqualTo(200);
		assertThat(clerk.get("/api/v1/school").statusCode()).isEqualTo(200);
		assertThat(director.post("/api/v1/documents", Receipts.simple("Директор Өтініш")).statusCode()).isEqualTo(201);
	}

	@Test
	void anApiTokenIsShownOnceWorksAndStopsAtOnceWhenRevoked() {
		Api director = api.as("demo-director", "demo");
		HttpResponse<byte[]> created = director.post("/api/v1/school/tokens", "{\"name\":\"kundelik\",\"staff\":\"demo\"}");
		assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
		String secret = Api.json(created).get("secret").asString();
		String id = Api.json(created).get("token").get("id").asString();
		assertThat(secret).startsWith("qjt_").hasSizeGreaterThan(40);
		assertThat(Api.text(director.get("/api/v1/school/tokens"))).contains("kundelik").doesNotContain(secret);

		Api integration = api.bearer(secret);
		HttpResponse<byte[]> issued = integration.post("/api/v1/documents", Receipts.simple("Интеграция Өтініші"));
		assertThat(issued.statusCode()).isEqualTo(201);
		JsonNode listed = find(Api.json(director.get("/api/v1/school/tokens")), id);
		assertThat(listed.get("lastUsedAt").isNull()).isFalse();

		assertThat(director.delete("/api/v1/school/tokens/" + id).statusCode()).isEqualTo(204);
		HttpResponse<byte[]> refused = integration.post("/api/v1/documents", Receipts.simple("Интеграция Өтініші"));
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(api.bearer("qjt_not-a-token").get("/api/v1/school").statusCode()).isEqualTo(401);
		assertThat(api.bearer("demo-token").get("/api/v1/school").statusCode()).isEqualTo(200);

		List<String> actions = new ArrayList<>();
		Api.json(director.get("/api/v1/audit?limit=1000")).forEach(e -> actions.add(e.get("action").asString() + ":"
				+ (e.get("actor") == null ? "" : e.get("actor").asString())));
		assertThat(actions).contains("token.created:demo-director", "token.used:token:kundelik",
				"document.issued:token:kundelik", "token.revoked:demo-director");
	}

	@Test
	void failedSignInsAreThrottledAndAudited(CapturedOutput output) {
		operator.post("/api/v1/schools/00000000-0000-4000-8000-000000000001/staff", DIRECTOR.formatted("throttled-clerk")
			.replace("\"director\",", "\"clerk\","));
		Api wrong = api.as("throttled-clerk", "Wrong-Passw0rd-Tried");
		for (int i = 0; i < 5; i++) {
			assertThat(wrong.get("/api/v1/school").statusCode()).isEqualTo(401);
		}
		HttpResponse<byte[]> throttled = api.as("throttled-clerk", "director-secret-1").get("/api/v1/school");
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).hasValue("900");
		assertThat(Api.json(throttled).get("type").asString()).isEqualTo("/problems/too-many-sign-ins");

		JsonNode audit = Api.json(operator.get("/api/v1/audit?action=sign-in.failed&limit=1000"));
		assertThat(audit).anySatisfy(e -> {
			assertThat(e.get("actor").asString()).isEqualTo("throttled-clerk");
			assertThat(e.get("address").asString()).isNotBlank();
		});
		assertThat(output.getAll()).doesNotContain("Wrong-Passw0rd-Tried", "director-secret-1");
	}

	@Test
	void pagesSendStrictSecurityHeaders() {
		HttpResponse<byte[]> page = api.anonymous().get("/v/0000000000000000000A");
		String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("frame-ancestors 'self'", "script-src 'self'").doesNotContain("script-src 'self' 'unsafe-inline'");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

		HttpResponse<String> login = new Browser(port).signIn("demo", "demo");
		assertThat(login.statusCode()).isEqualTo(302);
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).contains("JSESSIONID=", "Secure", "HttpOnly", "SameSite=Strict");
	}

	private static JsonNode find(JsonNode tokens, String id) {
		for (JsonNode token : tokens) {
			if (token.get("id").asString().equals(id)) {
				return token;
			}
		}
		throw new AssertionError("no token " + id);
	}

	private static String field(HttpResponse<byte[]> answer) {
		assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(400);
		JsonNode error = Api.json(answer).get("errors").get(0);
		return error.get("field").asString() + ":" + error.get("rule").asString();
	}
}
