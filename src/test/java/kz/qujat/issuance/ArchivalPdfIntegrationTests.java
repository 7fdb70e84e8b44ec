package kz.qujat.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.VerificationCode;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
/**
 * Issued documents are archival PDFs, whichever engine drew them: veraPDF finds them PDF/A-3b as rendered and as
 * signed, their XMP names the document in both languages, the school, the number and the verification code, and
 * the data they were made from travels inside as an associated JSON file, as far as the paper shows it.
 */
class ArchivalPdfIntegrationTests extends ServiceTest {

	static final String SCHOOL = "«Жұлдыз ауылының № 7 жалпы білім беретін мектебі» КММ / КГУ «Общеобразовательная школа № 7 села Жулдыз»";

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	IssuedDocuments documents;

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

	@ParameterizedTest(name = "{0} {1} carries {2}")
	@CsvSource({ "teacher-attestation, receipt, ''", "teacher-attestation, refusal, address phone",
			"teacher-attestation, application, ''", "school-admission, application, address phone email",
			"home-schooling, receipt, ''" })
	void theAttachedDataHoldsTheContactDetailsThePaperPrintsAndNoOthers(String service, String kind, String printed)
			throws Exception {
		ObjectNode request = (ObjectNode) json.readTree(Files.readString(
				Path.of("src/test/resources/requests", service, kind + ".json"), StandardCharsets.UTF_8));
		((ObjectNode) request.get("applicant")).put("email", "applicant@example.kz");
		Map<String, String> contacts = Map.of("address", request.get("applicant").get("address").asString(), "phone",
				request.get("applicant").get("phone").asString(), "email", "applicant@example.kz");
		HttpResponse<byte[]> created = api.post("/api/v1/documents", json.writeValueAsString(request));
		assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
		byte[] pdf = api.get(Api.json(created).get("pdfUrl").asString()).body();

		JsonNode inside = describesItself(pdf, DocumentKind.fromCode(kind), Api.json(created));
		JsonNode applicant = inside.get("applicant");
		assertThat(applicant.get("fullName").asString()).isEqualTo(request.get("applicant").get("fullName").asString());
		assertThat(applicant.get("iin").asString()).isEqualTo(request.get("applicant").get("iin").asString());
		String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
		List<String> shown = printed.isBlank() ? List.of() : List.of(printed.split(" "));
		contacts.forEach((field, value) -> {
			if (shown.contains(field)) {
				assertThat(text).as("the paper prints the %s", field).contains(value);
				assertThat(applicant.get(field).asString()).as(field).isEqualTo(value);
			}
			else {
				assertThat(text).as("the paper does not print the %s", field).doesNotContain(value);
				assertThat(applicant.has(field)).as("data.json holds the %s", field).isFalse();
			}
		});
		for (String part : List.of("documents", "refusal", "application")) {
			assertThat(inside.has(part)).as(part).isEqualTo(request.has(part));
		}

		String kept = documents.findByVerificationCode(new VerificationCode(Api.json(created).get("verificationCode").asString()))
			.orElseThrow().content();
		assertThat(kept).as("the registry keeps the whole request").contains(contacts.values());
	}
}
