package kz.qujat.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import kz.qujat.support.Api;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

/** Bad input gets a 4xx problem that names the field and the rule, in the clerk's language; never a 500. */
@ExtendWith(OutputCaptureExtension.class)
class DocumentRequestValidationTests extends ServiceTest {

	@ParameterizedTest
	@CsvSource({ "123456789012, iin-checksum", "871008401428, iin-checksum", "87100840142, iin-format",
			"8710084014270, iin-format", "87100840142X, iin-format" })
	void refusesAnIinThatIsNotOne(String iin, String rule) {
		HttpResponse<byte[]> answer = api.post("/api/v1/documents", Receipts.forTeacher("Ахметов Асхат", iin, "essay"));

		JsonNode problem = problem(answer, 400, "/problems/invalid-request");
		assertThat(problem.get("errors")).hasSize(1);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("applicant.iin");
		assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo(rule);
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("ЖСН");
	}

	@Test
	void answersInRussianWhenAskedTo() {
		HttpResponse<byte[]> answer = api.inLanguage("ru")
			.post("/api/v1/documents", Receipts.forTeacher("Ахметов Асхат", "871008401428", "essay"));

		JsonNode problem = problem(answer, 400, "/problems/invalid-request");
		assertThat(problem.get("title").asString()).isEqualTo("Запрос заполнен неверно");
		assertThat(problem.get("errors").get(0).get("message").asString())
			.isEqualTo("Контрольная цифра ИИН не сходится: проверьте номер.");
	}

	@Test
	void namesEveryBrokenRuleAtOnce() {
		HttpResponse<byte[]> answer = api.post("/api/v1/documents", """
				{"kind":"certificate","service":"teacher-attestation","channel":"fax",
				 "applicant":{"fullName":"  ","iin":""},
				 "documents":[{"code":"essay","sheets":0},{"code":"passport"},{"code":"essay"},null]}""");

		JsonNode problem = problem(answer, 400, "/problems/invalid-request");
		assertThat(fieldsAndRules(problem)).containsExactlyInAnyOrder("kind:one-of-kinds", "channel:one-of-channels",
				"applicant.fullName:required", "applicant.iin:required", "documents[0].sheets:range",
				"documents[1].code:unknown-document", "documents[2].code:duplicate-document", "documents[3]:required");
	}

	@Test
	void refusesAnUnknownServiceAndAMissingBody() {
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents",
				Receipts.simple("Ахметов Асхат").replace("teacher-attestation", "driving-licence")), 400,
				"/problems/invalid-request"))).containsExactly("service:unknown-service");

		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", "{}"), 400, "/problems/invalid-request")))
			.containsExactlyInAnyOrder("kind:required", "service:required", "applicant:required");

		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", Receipts.simple("Ахметов Асхат")
			.replaceAll("\"documents\":\\[.*]", "\"documents\":[]")), 400, "/problems/invalid-request")))
			.containsExactly("documents:required");
	}

	@Test
	void refusesANameItCannotPrintOrThatIsTooLong() {
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", Receipts.simple("Ахметов\nАсхат")), 400,
				"/problems/invalid-request"))).containsExactly("applicant.fullName:printable");
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", Receipts.simple("Ә".repeat(201))), 400,
				"/problems/invalid-request"))).containsExactly("applicant.fullName:max-length");
		assertThat(api.post("/api/v1/documents", Receipts.simple("Ә".repeat(200))).statusCode()).isEqualTo(201);
	}

	@Test
	void refusesMoreDocumentsThanAnyServiceHas() {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 61; i++) {
			codes.add("essay");
		}
		HttpResponse<byte[]> answer = api.post("/api/v1/documents",
				Receipts.forTeacher("Ахметов Асхат", "871008401427", codes.toArray(String[]::new)));
		assertThat(fieldsAndRules(problem(answer, 400, "/problems/invalid-request"))).contains("documents:max-items");
	}

	@Test
	void refusesAReceiptDatedInTheFutureOrLongAgo() {
		String body = Receipts.simple("Ахметов Асхат");
		String future = body.replace("\"channel\":\"paper\",", "\"channel\":\"paper\",\"receivedAt\":\"2026-11-23T12:00:00+05:00\",");
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", future), 400, "/problems/invalid-request")))
			.containsExactly("receivedAt:not-in-future");

		String old = body.replace("\"channel\":\"paper\",", "\"channel\":\"paper\",\"receivedAt\":\"2026-10-01T10:00:00+05:00\",");
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", old), 400, "/problems/invalid-request")))
			.containsExactly("receivedAt:too-old");

		String friday = body.replace("\"channel\":\"paper\",", "\"channel\":\"paper\",\"receivedAt\":\"2026-11-20T17:30:00+05:00\",");
		HttpResponse<byte[]> created = api.post("/api/v1/documents", friday);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(Api.json(created).get("dueOn").asString()).isEqualTo("2026-11-23");
	}

	@Test
	void explainsJsonItCannotRead() {
		problem(api.post("/api/v1/documents", "{\"kind\":\"receipt\","), 400, "/problems/malformed-request");
		problem(api.post("/api/v1/documents", "[1,2,3]"), 400, "/problems/malformed-request");

		String wrongType = Receipts.simple("Ахметов Асхат").replace("\"sheets\":2", "\"sheets\":\"two\"");
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", wrongType), 400, "/problems/invalid-request")))
			.containsExactly("documents[0].sheets:type");
	}

	@Test
	void refusesABodyOverTheLimitWhetherItsLengthIsDeclaredOrNot() {
		String huge = "{\"kind\":\"receipt\",\"padding\":\"" + "x".repeat(300 * 1024) + "\"}";
		problem(api.post("/api/v1/documents", huge), 413, "/problems/request-too-large");
		problem(api.postChunked("/api/v1/documents", huge), 413, "/problems/request-too-large");
	}

	@Test
	void refusesWhatIsNotJson() {
		problem(api.post("/api/v1/documents", "text/plain", "kind=receipt".getBytes()), 415,
				"/problems/unsupported-media-type");
	}

	@Test
	void asksForASignInAndRejectsAWrongPassword() {
		HttpResponse<byte[]> anonymous = api.anonymous().post("/api/v1/documents", Receipts.simple("Ахметов Асхат"));
		problem(anonymous, 401, "/problems/sign-in-required");
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
		problem(api.as("demo", "not-the-password").get("/api/v1/documents/00000000-0000-4000-8000-000000000000"), 401,
				"/problems/sign-in-required");
	}

	@Test
	void answersADocumentThatIsNotThereWith404() {
		problem(api.get("/api/v1/documents/00000000-0000-4000-8000-000000000000"), 404, "/problems/document-not-found");
		problem(api.get("/api/v1/documents/00000000-0000-4000-8000-000000000000/pdf"), 404, "/problems/document-not-found");
		problem(api.get("/api/v1/documents/not-an-id"), 400, "/problems/bad-request");
	}

	@Test
	void answersUnknownAndMalformedVerificationCodesAlike() {
		problem(api.anonymous().get("/api/v1/verify/0000000000000000000A"), 404, "/problems/unknown-verification-code");
		problem(api.anonymous().get("/api/v1/verify/not-a-code"), 404, "/problems/unknown-verification-code");
		assertThat(api.anonymous().get("/v/0000000000000000000A").statusCode()).isEqualTo(404);
		assertThat(Api.text(api.anonymous().get("/v/%3Cscript%3E"))).contains("Құжат табылмады").doesNotContain("<script>");
	}

	@Test
	void neverWritesAnIinToTheLog(CapturedOutput output) {
		api.post("/api/v1/documents", Receipts.forTeacher("Ахметов Асхат", "760212350620", "essay"));
		api.post("/api/v1/documents", Receipts.forTeacher("Ахметов Асхат", "760212350621", "essay"));
		api.post("/api/v1/documents", Receipts.forTeacher("Ахметов Асхат", "760212350620", "essay", "nope"));

		assertThat(output.getAll()).doesNotContain("760212350620", "760212350621");
	}

	private static JsonNode problem(HttpResponse<byte[]> answer, int status, String type) {
		assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
		JsonNode problem = Api.json(answer);
		assertThat(problem.get("type").asString()).isEqualTo(type);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank().doesNotStartWith("problem.");
		assertThat(Api.text(answer)).doesNotContain("Exception", "at kz.", "at org.");
		return problem;
	}

	private static List<String> fieldsAndRules(JsonNode problem) {
		List<String> result = new ArrayList<>();
		problem.get("errors").forEach(error -> result.add(error.get("field").asString() + ":" + error.get("rule").asString()));
		return result;
	}
}
