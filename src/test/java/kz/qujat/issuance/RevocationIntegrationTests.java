package kz.qujat.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import kz.qujat.support.Api;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A clerk revokes a document the school issued by mistake: it stays in the journal with its PDF, and from then
 * on its public page, its JSON and an upload of its PDF say revoked, with the day and the reason in Kazakh and
 * Russian. A revocation happens once and cannot be undone.
 */
class RevocationIntegrationTests extends ServiceTest {

	static final String DEMO_CLERK = "00000000-0000-4000-8000-000000000002";

	JsonNode receipt;
	String revokeUrl;

	@BeforeEach
	void setUp() {
		receipt = Api.json(api.post("/api/v1/documents", Receipts.simple("Қайтарылған Әсел")));
		revokeUrl = "/api/v1/documents/" + receipt.get("id").asString() + "/revoke";
		clock.advance(Duration.ofDays(2));
	}

	@Test
	void aClerkRevokesADocumentThatStaysInTheJournalMarkedRevoked() {
		byte[] pdf = api.get(receipt.get("pdfUrl").asString()).body();

		HttpResponse<byte[]> revoked = api.post(revokeUrl, """
				{"reason": "issued-in-error", "note": "Басқа өтініш берушінің аты жазылған"}""");

		assertThat(revoked.statusCode()).as(Api.text(revoked)).isEqualTo(200);
		JsonNode document = Api.json(revoked);
		assertThat(document.get("status").asString()).isEqualTo("revoked");
		assertThat(document.get("revocation").get("reason").asString()).isEqualTo("issued-in-error");
		assertThat(document.get("revocation").get("note").asString()).isEqualTo("Басқа өтініш берушінің аты жазылған");
		assertThat(document.get("revocation").get("revokedBy").asString()).isEqualTo(DEMO_CLERK);
		assertThat(document.get("revocation").get("revokedAt").asString()).isEqualTo("2026-11-25T05:00:00Z");
		assertThat(api.get(receipt.get("pdfUrl").asString()).body()).as("the stored PDF is kept").isEqualTo(pdf);

		JsonNode journal = Api.json(api.get("/api/v1/documents?service=teacher-attestation&limit=1000"));
		assertThat(journal.valueStream().filter(entry -> entry.get("id").asString().equals(receipt.get("id").asString())))
			.singleElement().satisfies(entry -> assertThat(entry.get("status").asString()).isEqualTo("revoked"));
		JsonNode audit = Api.json(api.as("demo-director", "demo").get("/api/v1/audit?action=document.revoked&limit=1000"));
		assertThat(audit).anySatisfy(entry -> assertThat(entry.get("target").asString() + " " + entry.get("details").asString() + " " + entry.get("actor").asString())
			.isEqualTo(receipt.get("number").asString() + " issued-in-error demo"));
	}

	@Test
	void verificationThenSaysRevokedWithTheDayAndTheReasonInBothLanguages() {
		api.post(revokeUrl, """
				{"reason": "superseded", "note": "Жаңа қолхат берілді"}""");
		String code = receipt.get("verificationCode").asString();

		JsonNode verified = Api.json(api.anonymous().get("/api/v1/verify/" + code));
		assertThat(verified.get("status").asString()).isEqualTo("revoked");
		assertThat(verified.get("revocation").get("revokedOn").asString()).isEqualTo("2026-11-25");
		assertThat(verified.get("revocation").get("reason").asString()).isEqualTo("superseded");
		assertThat(verified.get("revocation").get("reasonName").get("kk").asString()).isEqualTo("Жаңа құжатпен ауыстырылған");
		assertThat(verified.get("revocation").get("reasonName").get("ru").asString()).isEqualTo("Заменён новым документом");
		assertThat(verified.toString()).doesNotContain("Жаңа қолхат берілді");

		String kazakh = Api.text(api.anonymous().get("/v/" + code));
		assertThat(kazakh).contains("Құжаттың күші жойылған", "Кері қайтарылған күні", "2026 жылғы 25 қараша",
				"Жаңа құжатпен ауыстырылған").doesNotContain("Құжат түпнұсқа және күшінде", "Жаңа қолхат берілді");
		String russian = Api.text(api.anonymous().get("/v/" + code + "?lang=ru"));
		assertThat(russian).contains("Документ отозван", "Дата отзыва", "25 ноября 2026 г.", "Заменён новым документом")
			.doesNotContain("Документ подлинный и действителен");

		byte[] pdf = api.get(receipt.get("pdfUrl").asString()).body();
		JsonNode uploaded = Api.json(api.anonymous().postFile("/api/v1/verify", "receipt.pdf", pdf));
		assertThat(uploaded.get("result").asString()).isEqualTo("authentic");
		assertThat(uploaded.get("status").asString()).isEqualTo("revoked");
	}

	@Test
	void aDocumentIsRevokedOnceAndForGood() {
		assertThat(api.post(revokeUrl, "{\"reason\": \"other\"}").statusCode()).isEqualTo(200);

		HttpResponse<byte[]> again = api.inLanguage("ru").post(revokeUrl, "{\"reason\": \"issued-in-error\"}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(Api.json(again).get("type").asString()).isEqualTo("/problems/already-revoked");
		assertThat(Api.json(again).get("title").asString()).isEqualTo("Документ уже отозван");
		assertThat(Api.json(api.get("/api/v1/documents/" + receipt.get("id").asString())).get("revocation").get("reason")
			.asString()).isEqualTo("other");
	}

	@Test
	void aRevocationNeedsAKnownReasonAStaffSignInAndADocumentOfTheSchool() {
		HttpResponse<byte[]> unknownReason = api.post(revokeUrl, "{\"reason\": \"changed-my-mind\"}");
		assertThat(unknownReason.statusCode()).isEqualTo(400);
		assertThat(Api.json(unknownReason).get("errors").get(0).get("rule").asString()).isEqualTo("one-of-reasons");

		assertThat(Api.json(api.post(revokeUrl, "{}")).get("errors").get(0).get("rule").asString()).isEqualTo("required");
		assertThat(api.anonymous().post(revokeUrl, "{\"reason\": \"other\"}").statusCode()).isEqualTo(401);
		assertThat(api.post("/api/v1/documents/00000000-0000-4000-8000-0000000000aa/revoke", "{\"reason\": \"other\"}")
			.statusCode()).isEqualTo(404);
		assertThat(Api.json(api.get("/api/v1/documents/" + receipt.get("id").asString())).get("status").asString())
			.isEqualTo("issued");
	}
}
