package kz.qujat.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import kz.qujat.support.Api;
import kz.qujat.support.Pdfs;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;
import kz.qujat.system.Sha256;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A clerk issues a receipt, downloads it, and an applicant follows its QR code: the spine end to end. */
class ReceiptIntegrationTests extends ServiceTest {

	@Test
	void issuesAReceiptThatDownloadsByteForByteAndVerifiesByItsQrCode() throws Exception {
		String name = "Қасымова " + Receipts.ALL_KAZAKH_LETTERS;
		HttpResponse<byte[]> created = api.post("/api/v1/documents",
				Receipts.forTeacher(name, "871008401427", "application", "education-diploma", "essay"));

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode receipt = Api.json(created);
		String id = receipt.get("id").asString();
		assertThat(created.headers().firstValue("Location")).contains("/api/v1/documents/" + id);
		assertThat(receipt.get("number").asString()).matches("ATT-2026-\\d{4}");
		assertThat(receipt.get("kind").asString()).isEqualTo("receipt");
		assertThat(receipt.get("service").asString()).isEqualTo("teacher-attestation");
		assertThat(receipt.get("status").asString()).isEqualTo("issued");
		assertThat(receipt.get("issuedAt").asString()).isEqualTo("2026-11-23T05:00:00Z");
		assertThat(receipt.get("dueOn").asString()).isEqualTo("2026-11-24");
		String code = receipt.get("verificationCode").asString();
		assertThat(receipt.get("verifyUrl").asString()).isEqualTo("https://qujat.example.kz/v/" + code);
		assertThat(receipt.get("pdfUrl").asString()).isEqualTo("/api/v1/documents/" + id + "/pdf");

		HttpResponse<byte[]> download = api.get(receipt.get("pdfUrl").asString());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
		byte[] pdf = download.body();
		assertThat(Sha256.hex(pdf)).isEqualTo(receipt.get("sha256").asString());
		assertThat(api.get(receipt.get("pdfUrl").asString()).body()).isEqualTo(pdf);

		String text = Pdfs.text(pdf);
		assertThat(text).contains(name, "871008401427", receipt.get("number").asString())
			.contains("ҚҰЖАТТАРДЫ ҚАБЫЛДАУ ТУРАЛЫ ҚОЛХАТ", "РАСПИСКА О ПРИЕМЕ ДОКУМЕНТОВ")
			.contains("Өтініш", "Заявление", "Эссе (250-300 сөз)", "Эссе (250–300 слов)")
			.contains("2026 жылғы 23 қараша, 10:00", "23 ноября 2026 г., 10:00")
			.contains("2026 жылғы 24 қараша / 24 ноября 2026 г.")
			.contains("Құдайбергенова Сәуле Ерғалиқызы")
			.contains("«Жұлдыз ауылының № 7 жалпы білім беретін", "КГУ «Общеобразовательная школа № 7 села Жулдыз»");
		assertThat(Pdfs.pages(pdf)).isEqualTo(1);
		assertThat(Pdfs.fonts(pdf)).isNotEmpty()
			.allSatisfy(font -> assertThat(font.embedded() && font.subset() && font.toUnicode()).as(font.name()).isTrue());

		String scanned = Pdfs.qrCode(pdf, 0, 150);
		assertThat(scanned).isEqualTo(receipt.get("verifyUrl").asString());
		String path = scanned.substring("https://qujat.example.kz".length());

		HttpResponse<byte[]> page = api.anonymous().get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(Api.text(page)).contains("Құжат түпнұсқа және күшінде", receipt.get("number").asString(),
				"********1427", "Қасымова").doesNotContain("871008401427");
		assertThat(Api.text(api.anonymous().get(path + "?lang=ru"))).contains("Документ подлинный и действителен");
		assertThat(Api.text(api.anonymous().inLanguage("ru-RU,ru;q=0.9").get(path)))
			.contains("Документ подлинный и действителен");

		JsonNode verified = Api.json(api.anonymous().get("/api/v1/verify/" + code));
		assertThat(verified.get("status").asString()).isEqualTo("valid");
		assertThat(verified.get("number").asString()).isEqualTo(receipt.get("number").asString());
		assertThat(verified.get("holderIin").asString()).isEqualTo("********1427");
		assertThat(verified.get("issuedOn").asString()).isEqualTo("2026-11-23");

		JsonNode metadata = Api.json(api.get("/api/v1/documents/" + id));
		assertThat(metadata.get("sha256").asString()).isEqualTo(receipt.get("sha256").asString());
	}

	@Test
	void printsMarkupAndTemplateSyntaxInANameLiterally() {
		String name = "Тест <script>alert(1)</script> ${7*7} #{7*7} <#assign x=1> &amp; \"'";
		HttpResponse<byte[]> created = api.post("/api/v1/documents", Receipts.simple(name));
		assertThat(created.statusCode()).isEqualTo(201);

		byte[] pdf = api.get(Api.json(created).get("pdfUrl").asString()).body();
		String text = Pdfs.text(pdf);
		assertThat(text).contains(name);

		String page = Api.text(api.anonymous().get("/v/" + Api.json(created).get("verificationCode").asString()));
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
	}

	@Test
	void theLongestNameWithEveryDocumentOfTheServiceStillFitsOnePageWithNothingCutOff() {
		String name = "Ұзақ".repeat(50);
		StringBuilder documents = new StringBuilder();
		String[] codes = { "application", "education-diploma", "retraining-certificate", "employment-record",
				"professional-development-certificate", "category-certificate", "professional-achievements",
				"student-achievements", "essay" };
		for (String code : codes) {
			documents.append(documents.isEmpty() ? "" : ",").append("{\"code\":\"").append(code).append("\",\"sheets\":999}");
		}
		HttpResponse<byte[]> created = api.post("/api/v1/documents", """
				{"kind":"receipt","service":"teacher-attestation","applicant":{"fullName":"%s","iin":"760212350620"},
				 "documents":[%s]}""".formatted(name, documents));
		assertThat(created.statusCode()).isEqualTo(201);

		JsonNode receipt = Api.json(created);
		byte[] pdf = api.get(receipt.get("pdfUrl").asString()).body();
		String text = Pdfs.textAsDrawn(pdf);
		assertThat(text.replaceAll("\\s", "")).contains(name);
		assertThat(text).contains("Эссе (250–300 слов)", "8991");
		assertThat(Pdfs.pages(pdf)).isEqualTo(1);
		assertThat(text).contains("№ " + receipt.get("number").asString());
		assertThat(Pdfs.text(pdf)).contains("(қолы / подпись)");
		assertThat(Pdfs.text(pdf).replace("-", "")).contains(receipt.get("verificationCode").asString());
	}

	@Test
	void thirtyDocumentsFlowOntoASecondPageThatRepeatsTheTablesHeader() {
		StringBuilder documents = new StringBuilder();
		for (int i = 1; i <= 30; i++) {
			String code = i <= 22 ? "professional-achievements" : "student-achievements";
			documents.append(i == 1 ? "" : ",")
				.append("{\"code\":\"%s\",\"sheets\":%d,\"original\":false,\"note\":\"Алғыс хат № %d\"}".formatted(code, i % 4 + 1, i));
		}
		HttpResponse<byte[]> created = api.post("/api/v1/documents", """
				{"kind":"receipt","service":"teacher-attestation","applicant":{"fullName":"Көп Құжат Иесі","iin":"871008401427"},
				 "documents":[%s]}""".formatted(documents));
		assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);

		JsonNode receipt = Api.json(created);
		byte[] pdf = api.get(receipt.get("pdfUrl").asString()).body();
		assertThat(Pdfs.pages(pdf)).isEqualTo(2);
		String text = Pdfs.text(pdf);
		for (int i = 1; i <= 30; i++) {
			assertThat(text).contains("Алғыс хат № " + i);
		}
		assertThat(text).contains("Барлығы / Всего: 30 құжат / документ(ов)");
		String secondPage = Pdfs.text(pdf, 2);
		assertThat(secondPage).contains("Құжаттың атауы", "Наименование документа", "№ " + receipt.get("number").asString(),
				"Құжаттарды қабылдау туралы қолхат");

		String duplicate = """
				{"kind":"receipt","service":"teacher-attestation","applicant":{"fullName":"Көп Құжат Иесі","iin":"871008401427"},
				 "documents":[{"code":"essay","note":"1"},{"code":"essay","note":"1"}]}""";
		assertThat(api.post("/api/v1/documents", duplicate).statusCode()).isEqualTo(400);
	}
}
