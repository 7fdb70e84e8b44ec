package kz.qujat.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import kz.qujat.support.Api;
import kz.qujat.support.Pdfs;
import kz.qujat.support.ServiceTest;
import kz.qujat.support.TestSchools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Every paper prints its QR code at 25 mm or more, with error correction Q and a blank four-module quiet zone,
 * measured on the page as printed, and still fits the pages it did; the receipt's reads from a blurred 100 dpi scan.
 * The papers about a school are a new school's, whose year is empty, so that other tests' papers do not count.
 */
class QrCodeSizeIntegrationTests extends ServiceTest {

	@Autowired
	TestSchools testSchools;

	@Test
	void theReceiptsQrCodeReadsFromABlurredScanAt100Dpi() throws IOException {
		JsonNode receipt = issue("receipt");
		byte[] pdf = api.get(receipt.get("pdfUrl").asString()).body();

		BufferedImage scanned = Pdfs.blurred(Pdfs.image(pdf, 0, 100));
		assertThat(Pdfs.qrCode(scanned).getText()).isEqualTo(receipt.get("verifyUrl").asString());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "receipt, 1", "refusal, 1", "application, 1" })
	void everyApplicantsPaperPrintsItsQrCodeAt25MillimetresOrMore(String kind, int pages) throws IOException {
		JsonNode document = issue(kind);
		byte[] pdf = api.get(document.get("pdfUrl").asString()).body();

		assertPrintedLargeEnough(pdf, document.get("verifyUrl").asString());
		assertThat(Pdfs.pages(pdf)).isEqualTo(pages);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/v1/services/teacher-attestation/passport.pdf?size=A4, 1",
			"/api/v1/services/teacher-attestation/passport.pdf?size=A3, 1", "/api/v1/reports/public.pdf?year=2026, 2",
			"/api/v1/reports/journal.pdf?service=teacher-attestation&year=2026, 1" })
	void everyPaperAboutTheSchoolPrintsItsQrCodeAt25MillimetresOrMore(String path, int pages) {
		TestSchools.Made school = testSchools.create("qr-" + UUID.randomUUID(), List.of("teacher-attestation"));
		HttpResponse<byte[]> answer = api.as(school.username(), school.password()).get(path);
		assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(200);
		byte[] pdf = answer.body();

		assertPrintedLargeEnough(pdf, null);
		assertThat(Pdfs.pages(pdf)).isEqualTo(pages);
	}

	private static void assertPrintedLargeEnough(byte[] pdf, String url) {
		Pdfs.QrCodePrinted qr = Pdfs.qrCodePrinted(pdf, 0, 300);
		System.out.printf("QR code: %.1f mm, %d modules, error correction %s%n", qr.millimetres(), qr.modules(),
				qr.errorCorrection());
		assertThat(qr.text()).contains("/v/");
		if (url != null) {
			assertThat(qr.text()).isEqualTo(url);
		}
		assertThat(qr.millimetres()).as("side of the symbol in mm").isGreaterThanOrEqualTo(25);
		assertThat(qr.errorCorrection()).isEqualTo("Q");
		assertThat(qr.quietZoneBlank()).as("four blank modules around the symbol").isTrue();
	}

	private JsonNode issue(String kind) throws IOException {
		HttpResponse<byte[]> created = api.post("/api/v1/documents", Files.readString(
				Path.of("src/test/resources/requests/teacher-attestation", kind + ".json"), StandardCharsets.UTF_8));
		assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
		return Api.json(created);
	}
}
