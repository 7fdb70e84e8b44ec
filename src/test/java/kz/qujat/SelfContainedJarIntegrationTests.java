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
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar copied where an operator puts it, started once from an empty folder: it issues papers from the
 * templates and fonts it carries, except the one template its override folder changes, and it writes its log as
 * JSON lines (ECS) with the request id on each request's line and no applicant's data. Runs in {@code mvn verify}'s
 * integration-test phase.
 */
class SelfContainedJarIntegrationTests {

	private static final String SCHOOLS_OWN = "Мектептің өз үлгісі / Образец школы";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void startsFromAnEmptyFolderWithOneTemplateOverriddenAndLogsJsonLines(@TempDir Path empty,
			@TempDir Path installation) throws IOException {
		Path documents = Files.createDirectories(installation.resolve("templates/documents"));
		String receipt = packaged("receipt.ftlh");
		assertThat(receipt).contains("<@c.letterhead school/>");
		Files.writeString(documents.resolve("receipt.ftlh"),
				receipt.replace("<@c.letterhead school/>", "<@c.letterhead school/>\n<p>" + SCHOOLS_OWN + "</p>"));

		try (ServiceProcess service = ServiceProcess.startIn(empty, List.of(
				"--qujat.files.templates=" + installation.resolve("templates"), "--logging.structured.format.console=ecs"))) {
			String pdf = Pdfs.text(issueReceipt(service.clerk()));

			assertThat(pdf).as("the overridden receipt, drawn with the packaged _common.ftlh and fonts")
				.contains(SCHOOLS_OWN).contains("ҚҰЖАТТАРДЫ ҚАБЫЛДАУ ТУРАЛЫ ҚОЛХАТ").contains("Айгерім Сапарова");
			assertThat(empty.resolve("data")).as("the embedded database, under the working folder").isDirectory();
			String log = service.log();
			assertThat(log).as("what the operator reads at startup")
				.contains("Catalog: 5 services, packaged qujat/templates/catalog")
				.contains("packaged qujat/templates/documents, overridden by " + documents + " [receipt.ftlh]")
				.doesNotContain("Айгерім Сапарова", "871008401427")
				// no account but the staff's: Spring Boot's generated user would print its password here
				.doesNotContain("Using generated security password");
			List<JsonNode> lines = log.lines().filter(line -> line.startsWith("{")).map(JSON::readTree).toList();
			assertThat(lines).as("JSON lines").isNotEmpty();
			assertThat(lines).filteredOn(line -> line.path("log").path("logger").asString("").equals("kz.qujat.requests")
					&& line.path("message").asString("").startsWith("POST /api/v1/documents 201"))
				.singleElement().satisfies(line -> assertThat(line.path("requestId").asString("")).matches("[0-9a-f-]{36}"));
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
