package kz.qujat.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import kz.qujat.support.Api;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Anyone may upload a PDF to learn whether it is a document issued here: the stored bytes are authentic, a copy
 * with one byte changed or something appended is modified, anything else is unknown. Files that are not PDFs,
 * empty or too large get a 4xx that says so, and hostile files get an answer, never a 500.
 */
class UploadVerificationIntegrationTests extends ServiceTest {

	@Autowired
	VerificationSettings settings;

	JsonNode receipt;
	byte[] issued;

	@BeforeEach
	void setUp() {
		receipt = Api.json(api.post("/api/v1/documents", Receipts.simple("Жүктеу Әсел")));
		issued = api.get(receipt.get("pdfUrl").asString()).body();
	}

	@Test
	void theStoredBytesAreAuthentic() {
		JsonNode answer = upload(issued);

		assertThat(answer.get("result").asString()).isEqualTo("authentic");
		assertThat(answer.get("status").asString()).isEqualTo("valid");
		assertThat(answer.get("document").get("number").asString()).isEqualTo(receipt.get("number").asString());
		assertThat(answer.get("document").get("holderIin").asString()).isEqualTo("********1427");
		assertThat(answer.get("fileSignature").get("intact").asBoolean()).isTrue();
		assertThat(answer.get("fileSignature").get("wholeDocument").asBoolean()).isTrue();
	}

	@Test
	void oneChangedByteMakesItModifiedAndBreaksItsSignature() {
		byte[] changed = issued.clone();
		changed[changed.length / 3] ^= 0x01;

		JsonNode answer = upload(changed);

		assertThat(answer.get("result").asString()).isEqualTo("modified");
		assertThat(answer.get("status").asString()).isEqualTo("valid");
		assertThat(answer.get("document").get("number").asString()).isEqualTo(receipt.get("number").asString());
		assertThat(answer.get("fileSignature").get("intact").asBoolean()).isFalse();
	}

	@Test
	void aJournalWithOneChangedByteIsKnownByTheCodeInItsXmpAndIsModified() {
		HttpResponse<byte[]> journal = api.get("/api/v1/reports/journal.pdf?service=teacher-attestation&year=2026");
		JsonNode document = Api.json(api.get("/api/v1/documents/" + journal.headers().firstValue("X-Document-Id").orElseThrow()));
		String code = document.get("verificationCode").asString();
		String text = new String(journal.body(), StandardCharsets.ISO_8859_1);
		int packet = text.indexOf("<?xpacket begin");
		int packetEnd = text.indexOf("<?xpacket end");
		// readable nowhere but in the XMP packet: the link on the page and the document information are compressed
		assertThat(text.indexOf(code)).isGreaterThan(packet);
		assertThat(text.lastIndexOf(code)).isLessThan(packetEnd);
		byte[] changed = journal.body().clone();
		changed[packet / 2] ^= 0x01;

		JsonNode answer = upload(changed);

		assertThat(answer.get("result").asString()).isEqualTo("modified");
		assertThat(answer.get("status").asString()).isEqualTo("valid");
		assertThat(answer.get("document").get("number").asString()).isEqualTo(document.get("number").asString());
		assertThat(answer.get("fileSignature").get("intact").asBoolean()).isFalse();
		assertThat(upload(journal.body()).get("result").asString()).isEqualTo("authentic");
	}

	@Test
	void anythingAppendedAfterTheSignatureMakesItModified() {
		byte[] update = "\n1 0 obj (forged) endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		byte[] appended = new byte[issued.length + update.length];
		System.arraycopy(issued, 0, appended, 0, issued.length);
		System.arraycopy(update, 0, appended, issued.length, update.length);

		JsonNode answer = upload(appended);

		assertThat(answer.get("result").asString()).isEqualTo("modified");
		assertThat(answer.get("fileSignature").get("intact").asBoolean()).isTrue();
		assertThat(answer.get("fileSignature").get("wholeDocument").asBoolean()).isFalse();
	}

	@Test
	void anUnrelatedPdfAndAPreviewAreUnknown() throws IOException {
		JsonNode unrelated = upload(blankPdf());
		assertThat(unrelated.get("result").asString()).isEqualTo("unknown");
		assertThat(unrelated.get("status").isNull()).isTrue();
		assertThat(unrelated.get("fileSignature").get("present").asBoolean()).isFalse();

		byte[] preview = api.post("/api/v1/documents/preview", Receipts.simple("Үлгі Әсел")).body();
		assertThat(upload(preview).get("result").asString()).isEqualTo("unknown");
	}

	@Test
	void onlyALinkUnderOurAddressOrOurXmpClaimsADocument() {
		String code = receipt.get("verificationCode").asString();
		byte[] foreign = ("%PDF-1.7\n/URI (https://evil.example/v/" + code + ")\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
		assertThat(foreign).hasSize(66);
		JsonNode elsewhere = upload(foreign);
		assertThat(elsewhere.get("result").asString()).isEqualTo("unknown");
		assertThat(elsewhere.path("document").path("number").isMissingNode()).as("no document named").isTrue();

		JsonNode linked = upload(("%PDF-1.7\n/URI (https://qujat.example.kz/v/" + code + ")\n%%EOF")
			.getBytes(StandardCharsets.US_ASCII));
		assertThat(linked.get("result").asString()).isEqualTo("modified");
		assertThat(linked.get("document").get("number").asString()).isEqualTo(receipt.get("number").asString());

		JsonNode described = upload(("%PDF-1.7\n<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta>"
				+ "<dc:identifier>" + code + "</dc:identifier></x:xmpmeta><?xpacket end=\"w\"?>\n%%EOF")
			.getBytes(StandardCharsets.US_ASCII));
		assertThat(described.get("result").asString()).isEqualTo("modified");
		assertThat(described.get("document").get("number").asString()).isEqualTo(receipt.get("number").asString());
	}

	@Test
	void notAPdfAnEmptyFileAndAFileOverTheLimitAreRefusedWithReasons() {
		HttpResponse<byte[]> notPdf = api.anonymous().postFile("/api/v1/verify", "photo.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, 1, 2 });
		assertThat(notPdf.statusCode()).isEqualTo(400);
		assertThat(Api.json(notPdf).get("type").asString()).isEqualTo("/problems/not-a-pdf");
		assertThat(Api.json(notPdf).get("errors").get(0).get("field").asString()).isEqualTo("file");

		HttpResponse<byte[]> empty = api.anonymous().postFile("/api/v1/verify", "empty.pdf", new byte[0]);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(Api.json(empty).get("type").asString()).isEqualTo("/problems/empty-file");

		byte[] huge = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(issued, 0, huge, 0, issued.length);
		HttpResponse<byte[]> tooLarge = api.anonymous().inLanguage("ru").postFile("/api/v1/verify", "huge.pdf", huge);
		assertThat(tooLarge.statusCode()).as(Api.text(tooLarge)).isEqualTo(413);
		assertThat(Api.json(tooLarge).get("type").asString()).isEqualTo("/problems/file-too-large");
		assertThat(Api.json(tooLarge).get("detail").asString()).isEqualTo("Файл не должен превышать 10 МБ.");

		HttpResponse<byte[]> noFile = api.anonymous().post("/api/v1/verify", "multipart/form-data; boundary=x",
				"--x--\r\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(noFile.statusCode()).isEqualTo(400);
	}

	/**
	 * A deflate bomb, a signature whose byte range points past the file, and 4 MB of noise are each read as bytes
	 * and answered within the time the service gives one upload ({@code qujat.verification.upload-timeout}, plus the
	 * transfer), never inflated or left to hang; a file the check could not finish in time would be answered
	 * {@code pdf-unreadable}, not {@code unknown}.
	 */
	@Test
	void hostileFilesGetAnAnswerInTheTimeAnUploadIsGiven() throws IOException {
		JsonNode bomb = timedUpload(deflateBomb());
		assertThat(bomb.get("result").asString()).isEqualTo("unknown");

		byte[] brokenSignature = ("%PDF-1.7\n/ByteRange [0 99999999 99999999 99999999] /Contents <3082FFFF>\n"
				+ "<?xpacket begin <?xpacket begin <?xpacket end\n%%EOF").getBytes(StandardCharsets.US_ASCII);
		JsonNode broken = timedUpload(brokenSignature);
		assertThat(broken.get("result").asString()).isEqualTo("unknown");
		assertThat(broken.get("fileSignature").get("intact").asBoolean()).isFalse();

		byte[] junk = new byte[4 * 1024 * 1024];
		new Random(6).nextBytes(junk);
		System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 8);
		assertThat(timedUpload(junk).get("result").asString()).isEqualTo("unknown");
	}

	private JsonNode timedUpload(byte[] pdf) {
		long started = System.nanoTime();
		JsonNode answer = upload(pdf);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time to answer one hostile file")
			.isLessThan(settings.uploadTimeout().plusSeconds(2));
		return answer;
	}

	private JsonNode upload(byte[] pdf) {
		HttpResponse<byte[]> response = api.anonymous().postFile("/api/v1/verify", "document.pdf", pdf);
		assertThat(response.statusCode()).as(Api.text(response)).isEqualTo(200);
		return Api.json(response);
	}

	private static byte[] blankPdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	/** A page whose content stream inflates from about 1 MB to 1 GB: harmless only to a reader that never inflates it. */
	private static byte[] deflateBomb() throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 1024; i++) {
				out.write(zeros);
			}
		}
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		pdf.writeBytes(("%PDF-1.7\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
				+ "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>> endobj\n4 0 obj <</Length "
				+ compressed.size() + "/Filter/FlateDecode>> stream\n").getBytes(StandardCharsets.US_ASCII));
		pdf.writeBytes(compressed.toByteArray());
		pdf.writeBytes("\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		return pdf.toByteArray();
	}
}
