package kz.qujat.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import kz.qujat.registry.DocumentKind;
import kz.qujat.support.Api;
import kz.qujat.support.Pdfs;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;
import kz.qujat.system.Bilingual;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issued documents are archival PDFs, whichever engine drew them: veraPDF finds them PDF/A-3b as rendered and as
 * signed, their XMP names the document in both languages, the school, the number and the verification code, and
 * the data they were made from travels inside as an associated JSON file.
 */
class ArchivalPdfIntegrationTests extends ServiceTest {

	static final String SCHOOL = "«Жұлдыз ауылының № 7 жалпы білім беретін мектебі» КММ / КГУ «Общеобразовательная школа № 7 села Жулдыз»";

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "receipt", "refusal", "application" })
	void everyKindIsPdfA3bWithItsMetadataAndItsRequestInside(String kind) throws Exception {
		String request = Files.readString(Path.of("src/test/resources/requests/teacher-attestation", kind + ".json"),
				StandardCharsets.UTF_8);
		HttpResponse<byte[]> created = api.post("/api/v1/documents", request);
		assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
		JsonNode document = Api.json(created);
		byte[] pdf = api.get(document.get("pdfUrl").asString()).body();

		assertThat(Pdfs.pdfA3bFailures(pdf)).as("veraPDF, PDF/A-3b, signed").isEmpty();
		assertThat(Pdfs.pdfA3bFailures(Pdfs.beforeSignature(pdf))).as("veraPDF, PDF/A-3b, as rendered").isEmpty();

		JsonNode inside = describesItself(pdf, DocumentKind.fromCode(kind), document);
		assertThat(inside.get("kind").asString()).isEqualTo(kind);
		assertThat(inside.get("applicant").get("iin").asString()).isEqualTo("800416300257");
	}

	/** The public report and the journal are drawn by JasperReports, and are archival papers all the same. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/reports/public.pdf?year=2026",
			"/api/v1/reports/journal.pdf?service=teacher-attestation&year=2026" })
	void reportsAreArchivalPapersToo(String path) throws Exception {
		assertThat(api.post("/api/v1/documents", Receipts.simple("Архив Әсел")).statusCode()).isEqualTo(201);
		HttpResponse<byte[]> answer = api.get(path);
		assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(200);
		byte[] pdf = answer.body();
		JsonNode document = Api.json(api.get("/api/v1/documents/" + answer.headers().firstValue("X-Document-Id").orElseThrow()));

		assertThat(Pdfs.pdfA3bFailures(pdf)).as("veraPDF, PDF/A-3b, signed").isEmpty();
		assertThat(Pdfs.pdfA3bFailures(Pdfs.beforeSignature(pdf))).as("veraPDF, PDF/A-3b, as rendered").isEmpty();
		assertThat(Pdfs.signature(pdf).intact()).isTrue();

		JsonNode inside = describesItself(pdf, DocumentKind.fromCode(document.get("kind").asString()), document);
		assertThat(inside.isObject()).isTrue();
		try (PDDocument read = Loader.loadPDF(pdf)) {
			PDDocumentInformation info = read.getDocumentInformation();
			assertThat(info.getAuthor()).isEqualTo(SCHOOL);
			assertThat(info.getCustomMetadataValue("QujatVerificationCode")).isEqualTo(document.get("verificationCode").asString());
			assertThat(info.getCustomMetadataValue("QujatNumber")).isEqualTo(document.get("number").asString());
		}
	}

	/**
	 * Checks that the PDF's XMP names the document in both languages, its school, number and verification code,
	 * and that it carries one associated file, {@code data.json}; returns that file.
	 */
	private static JsonNode describesItself(byte[] pdf, DocumentKind kind, JsonNode document) throws Exception {
		String number = document.get("number").asString();
		String code = document.get("verificationCode").asString();
		try (PDDocument read = Loader.loadPDF(pdf)) {
			XMPMetadata xmp = new DomXmpParser().parse(read.getDocumentCatalog().getMetadata().toByteArray());
			DublinCoreSchema dc = xmp.getDublinCoreSchema();
			Bilingual title = kind.title();
			assertThat(dc.getTitle("kk")).isEqualTo(title.kk() + " № " + number);
			assertThat(dc.getTitle("ru")).isEqualTo(title.ru() + " № " + number);
			assertThat(dc.getCreators()).containsExactly(SCHOOL);
			assertThat(dc.getIdentifier()).isEqualTo(code);
			assertThat(xmp.getAdobePDFSchema().getKeywords()).isEqualTo(number + ", " + code);
			assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
			assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");

			COSArray associated = read.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
			assertThat(associated.size()).isEqualTo(1);
			Map<String, PDComplexFileSpecification> files = read.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
			PDComplexFileSpecification file = files.get("data.json");
			assertThat(file.getCOSObject().getNameAsString(COSName.AF_RELATIONSHIP)).isEqualTo("Data");
			assertThat(file.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
			return JsonMapper.builder().build().readTree(file.getEmbeddedFile().toByteArray());
		}
	}
}
