package kz.qujat.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import kz.qujat.support.Api;
import kz.qujat.support.Pdfs;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

/**
 * What only the whole service shows about requests: the names it takes are printed, the deadline runs from a
 * receipt dated back, bodies over the limit and requests without a sign-in are refused before any controller, and
 * no IIN reaches the log. The rules of each field are {@code web.DocumentRequestValidationTests}.
 */
@ExtendWith(OutputCaptureExtension.class)
class DocumentRequestValidationIntegrationTests extends ServiceTest {

	@Test
	void countsTheDeadlineFromAReceiptDatedBack() {
		String body = Receipts.simple("Ахметов Асхат");
		String friday = body.replace("\"channel\":\"paper\",", "\"channel\":\"paper\",\"receivedAt\":\"2026-11-20T17:30:00+05:00\",");
		HttpResponse<byte[]> created = api.post("/api/v1/documents", friday);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(Api.json(created).get("dueOn").asString()).isEqualTo("2026-11-23");
	}

	@Test
	void takesEveryKazakhLetterAndOrdinaryPunctuationInAName() {
		String letters = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";
		HttpResponse<byte[]> letter = api.post("/api/v1/documents", Receipts.simple(letters + " " + Receipts.ALL_KAZAKH_LETTERS));
		assertThat(letter.statusCode()).as(Api.text(letter)).isEqualTo(201);
		assertThat(Pdfs.text(api.get(Api.json(letter).get("pdfUrl").asString()).body())).contains(letters);

		HttpResponse<byte[]> punctuation = api.post("/api/v1/documents",
				Receipts.simple("Әлиева-Қасымова Ұ. Ғ. (О'Брайен), «Нұр» № 5 — кіші; Иванов–Пётр: ё/Ё & Ко! ?"));
		assertThat(punctuation.statusCode()).as(Api.text(punctuation)).isEqualTo(201);
	}

	@Test
	void refusesABodyOverTheLimitWhetherItsLengthIsDeclaredOrNot() {
		String huge = "{\"kind\":\"receipt\",\"padding\":\"" + "x".repeat(300 * 1024) + "\"}";
		problem(api.post("/api/v1/documents", huge), 413, "/problems/request-too-large");
		problem(api.postChunked("/api/v1/documents", huge), 413, "/problems/request-too-large");
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
}
