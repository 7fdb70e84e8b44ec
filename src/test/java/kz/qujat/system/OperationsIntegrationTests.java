package kz.qujat.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import kz.qujat.support.Api;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

/**
 * What an operator reads: a request id on every answer and on every log line written for it, one line per request
 * without its query or body and no warning for an ordinary paper, and the metrics of papers issued, previewed,
 * verified and refused.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsIntegrationTests extends ServiceTest {

	@Test
	void everyAnswerAndItsLogLineCarryARequestIdAndTheLogHoldsNoPersonalData(CapturedOutput output) throws Exception {
		HttpResponse<byte[]> issued = api.post("/api/v1/documents", Receipts.simple("Жасұланова Күләш"));
		assertThat(issued.statusCode()).isEqualTo(201);
		String id = issued.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(id).matches("[0-9a-f-]{36}");

		HttpResponse<byte[]> searched = api.get("/api/v1/documents?q=Жасұланова");
		String searchId = searched.headers().firstValue("X-Request-Id").orElseThrow();

		assertThat(output.getOut()).containsPattern("\\[" + id + "\\].*POST /api/v1/documents 201 \\d+ ms")
			.containsPattern("\\[" + searchId + "\\].*GET /api/v1/documents 200")
			.doesNotContain("Жасұланова", "871008401427");
		assertThat(output.getOut().lines().filter(line -> line.contains("[" + id + "]")))
			.as("what issuing a paper logged").noneMatch(line -> line.contains("WARN") || line.contains("ERROR"));
	}

	@Test
	void aLoadBalancersPlainIdIsKeptAndAnythingElseReplaced() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> kept = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/services"))
			.header("X-Request-Id", "lb-7f3a9c21-0001").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(kept.headers().firstValue("X-Request-Id")).hasValue("lb-7f3a9c21-0001");

		HttpResponse<String> replaced = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/services"))
			.header("X-Request-Id", "\"}{\"level\":\"ERROR\" ${jndi:x}").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(replaced.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
	}

	@Test
	void papersIssuedPreviewedVerifiedAndRefusedAreCounted() {
		HttpResponse<byte[]> issued = api.post("/api/v1/documents", Receipts.simple("Метрикова Әйгерім"));
		assertThat(issued.statusCode()).isEqualTo(201);
		JsonNode document = Api.json(issued);
		assertThat(api.post("/api/v1/documents/preview", Receipts.simple("Метрикова Әйгерім")).statusCode()).isEqualTo(200);
		assertThat(api.anonymous().get("/api/v1/verify/" + document.get("verificationCode").asString()).statusCode())
			.isEqualTo(200);
		assertThat(api.post("/api/v1/documents", Receipts.forTeacher("Метрикова Әйгерім", "871008401428", "essay"))
			.statusCode()).isEqualTo(400);

		String metrics = Api.text(api.as("operator", "operator").get("/actuator/prometheus"));

		assertThat(metrics)
			.containsPattern("qujat_papers_total\\{kind=\"receipt\",outcome=\"issued\",service=\"teacher-attestation\"} [1-9]")
			.containsPattern("qujat_papers_total\\{kind=\"receipt\",outcome=\"previewed\",service=\"teacher-attestation\"} [1-9]")
			.containsPattern("qujat_verifications_total\\{how=\"code\",result=\"valid\"} [1-9]")
			.containsPattern("qujat_problems_total\\{status=\"400\",type=\"invalid-request\"} [1-9]")
			.containsPattern("qujat_render_seconds_count\\{[^}]*template=\"receipt.ftlh\"[^}]*} [1-9]")
			.contains("hikaricp_connections_active", "hikaricp_connections_pending")
			.contains("qujat_sign_seconds_count");
	}
}
