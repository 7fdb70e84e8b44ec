package kz.qujat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kz.qujat.support.Api;
import kz.qujat.support.Pdfs;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceProcess;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The packaged jar copied where an operator puts it: started from an empty folder it issues papers from the
 * templates and fonts it carries; given an override folder holding one changed template, that template is drawn
 * and every other file still comes from the jar. Runs in {@code mvn verify}'s integration-test phase.
 */
class SelfContainedJarIntegrationTests {

	private static final String SCHOOLS_OWN = "Мектептің өз үлгісі / Образец школы";

	@Test
	void startsFromAnEmptyFolderAndIssuesAReceipt(@TempDir Path empty) {
		try (ServiceProcess service = ServiceProcess.startIn(empty, List.of())) {
			String pdf = Pdfs.text(issueReceipt(service.clerk()));

			assertThat(pdf).contains("ҚҰЖАТТАРДЫ ҚАБЫЛДАУ ТУРАЛЫ ҚОЛХАТ").contains("Айгерім Сапарова")
				.doesNotContain(SCHOOLS_OWN);
			assertThat(empty.resolve("data")).as("the embedded database, under the working folder").isDirectory();
			assertThat(service.log()).contains("Catalog: 5 services, packaged qujat/templates/catalog");
		}
	}

	@Test
	void aTemplateInTheOverrideFolderReplacesThePackagedOne(@TempDir Path installation) throws IOException {
		Path documents = Files.createDirectories(installation.resolve("templates/documents"));
		String receipt = packaged("receipt.ftlh");
		assertThat(receipt).contains("<@c.letterhead school/>");
		Files.writeString(documents.resolve("receipt.ftlh"),
				receipt.replace("<@c.letterhead school/>", "<@c.letterhead school/>\n<p>" + SCHOOLS_OWN + "</p>"));

		try (ServiceProcess service = ServiceProcess.startIn(installation, List.of("--qujat.files.templates=templates"))) {
			String pdf = Pdfs.text(issueReceipt(service.clerk()));

			assertThat(pdf).contains(SCHOOLS_OWN).contains("ҚҰЖАТТАРДЫ ҚАБЫЛДАУ ТУРАЛЫ ҚОЛХАТ");
			assertThat(service.log()).as("what the operator reads at startup")
				.contains("packaged qujat/templates/documents, overridden by " + documents + " [receipt.ftlh]");
		}
	}

	/** Issues a receipt as the demo school's clerk and downloads its PDF. */
	private static byte[] issueReceipt(Api clerk) {
		HttpResponse<byte[]> issued = clerk.post("/api/v1/documents", Receipts.simple("Айгерім Сапарова"));
		assertThat(issued.statusCode()).as(Api.text(issued)).isEqualTo(201);
		JsonNode created = Api.json(issued);
		HttpResponse<byte[]> pdf = clerk.get(created.get("pdfUrl").asString());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return pdf.body();
	}

	private static String packaged(String template) throws IOException {
		try (InputStream in = SelfContainedJarIntegrationTests.class.getResourceAsStream("/qujat/templates/documents/" + template)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
