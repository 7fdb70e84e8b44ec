package kz.qujat.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import kz.qujat.support.Api;
import kz.qujat.support.Pdfs;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * Every issued PDF carries the school's PAdES signature, which PDFBox with Bouncy Castle and poppler's
 * {@code pdfsig} validate on their own; the paper says who signed it and when; the public page and JSON show the
 * signer and that the signature holds. A preview is never signed.
 */
class SignedDocumentIntegrationTests extends ServiceTest {

	static final String SCHOOL_KK = "«Жұлдыз ауылының № 7 жалпы білім беретін мектебі» КММ";

	@TempDir
	Path folder;

	@Test
	void anIssuedReceiptIsSignedByItsSchoolAndSaysSoBesideTheQrCode() {
		JsonNode receipt = Api.json(api.post("/api/v1/documents", Receipts.simple("Қолтаңба Әсел")));
		byte[] pdf = api.get(receipt.get("pdfUrl").asString()).body();

		Pdfs.SignatureInfo signature = Pdfs.signature(pdf);
		assertThat(signature).isNotNull();
		assertThat(signature.subFilter()).isEqualTo("ETSI.CAdES.detached");
		assertThat(signature.intact()).isTrue();
		assertThat(signature.wholeDocument()).isTrue();
		assertThat(signature.signer()).isEqualTo(SCHOOL_KK);
		assertThat(signature.reservedBytes()).as("room for the CMS, in bytes").isLessThan(3 * 1024);

		assertThat(Pdfs.text(pdf)).contains("Электрондық қолтаңбамен қол қойылған / Подписано электронной подписью: "
				+ SCHOOL_KK + ", 23.11.2026 10:00");

		String code = receipt.get("verificationCode").asString();
		JsonNode verified = Api.json(api.anonymous().get("/api/v1/verify/" + code));
		assertThat(verified.get("signature").get("signer").asString()).isEqualTo(SCHOOL_KK);
		assertThat(verified.get("signature").get("valid").asBoolean()).isTrue();
		assertThat(verified.get("signature").get("signedAt").asString()).isEqualTo("2026-11-23T05:00:00Z");
		assertThat(Api.text(api.anonymous().get("/v/" + code))).contains("Электрондық қолтаңба", "Жұлдыз ауылының № 7",
				"Жарамды: құжат қол қойылғаннан кейін өзгертілмеген.");
		assertThat(Api.text(api.anonymous().get("/v/" + code + "?lang=ru"))).contains("Электронная подпись",
				"Действительна: документ не изменялся после подписания.");
	}

	@Test
	void pdfsigFindsTheSignatureValidOverTheWholeDocument() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")), "pdfsig (poppler-utils) is not installed");
		JsonNode receipt = Api.json(api.post("/api/v1/documents", Receipts.simple("Поплер Әсел")));
		Path file = Files.write(folder.resolve("receipt.pdf"), api.get(receipt.get("pdfUrl").asString()).body());

		Process pdfsig = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
		String output = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(pdfsig.waitFor(30, TimeUnit.SECONDS)).isTrue();

		assertThat(output).contains("Signature #1", "Signature Validation: Signature is Valid.", "Total document signed",
				"Signature Type: ETSI.CAdES.detached");
	}

	@Test
	void aPreviewIsNeverSigned() {
		HttpResponse<byte[]> preview = api.post("/api/v1/documents/preview", Receipts.simple("Үлгі Әсел"));
		assertThat(preview.statusCode()).isEqualTo(200);

		assertThat(Pdfs.signature(preview.body())).isNull();
		assertThat(Pdfs.text(preview.body())).doesNotContain("қолтаңбамен", "электронной подписью");
	}
}
