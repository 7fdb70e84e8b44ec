package kz.qujat.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import kz.qujat.support.Api;
import kz.qujat.support.CupsSpooler;
import kz.qujat.support.Pdfs;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Printing to a real spooler: a CUPS queue whose backend, cups-pdf, turns each job into a new PDF, as a print server
 * in a school's office would turn it into paper.
 */
class CupsPrintingIntegrationTests extends ServiceTest {

	private static CupsSpooler cups;

	@BeforeAll
	static void startTheSpooler() {
		cups = CupsSpooler.start();
	}

	@AfterAll
	static void stopTheSpooler() {
		if (cups != null) {
			cups.close();
		}
	}

	@Test
	void aReceiptPrintedToACupsQueueComesOutWithItsNumberAndTheApplicant() throws Exception {
		HttpResponse<byte[]> added = api.as("demo-director", "demo").post("/api/v1/school/printers", """
				{"name":"Office PDF","uri":"%s","media":"A4"}""".formatted(cups.uri()));
		assertThat(added.statusCode()).as("CUPS offers PDF on A4: %s", Api.text(added)).isEqualTo(201);
		assertThat(Api.json(added).get("state").asString()).isEqualTo("idle");
		HttpResponse<byte[]> issued = api.post("/api/v1/documents", Receipts.simple("Сәрсенбаева Әлия"));
		assertThat(issued.statusCode()).as(Api.text(issued)).isEqualTo(201);
		JsonNode receipt = Api.json(issued);

		HttpResponse<byte[]> accepted = api.post("/api/v1/documents/" + receipt.get("id").asString() + "/print",
				"{\"printer\":\"" + Api.json(added).get("id").asString() + "\"}");

		assertThat(accepted.statusCode()).as(Api.text(accepted)).isEqualTo(202);
		String location = accepted.headers().firstValue("Location").orElseThrow();
		JsonNode job = finished(location);
		assertThat(job.get("state").asString()).as(() -> job + "; cupsd's log: " + cups.log()).isEqualTo("completed");
		Path printed = cups.printed(job.get("id").asString());
		byte[] pdf = Files.readAllBytes(printed);
		assertThat(Pdfs.text(pdf)).as("the text of %s", printed).contains(receipt.get("number").asString())
			.contains("Сәрсенбаева Әлия");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDRectangle sheet = document.getPage(0).getMediaBox();
			assertThat(sheet.getWidth()).as("A4's width in points").isCloseTo(PDRectangle.A4.getWidth(), within(1f));
			assertThat(sheet.getHeight()).as("A4's height in points").isCloseTo(PDRectangle.A4.getHeight(), within(1f));
		}
	}

	/** The job once it is finished, or as it is after 30 s. */
	private JsonNode finished(String location) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(30);
		JsonNode job;
		do {
			job = Api.json(api.get(location));
			String state = job.get("state").asString();
			if (state.equals("completed") || state.equals("aborted") || state.equals("canceled")) {
				return job;
			}
			Thread.sleep(100);
		}
		while (Instant.now().isBefore(deadline));
		return job;
	}
}
