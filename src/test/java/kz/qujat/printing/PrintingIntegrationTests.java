package kz.qujat.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import kz.qujat.support.Api;
import kz.qujat.support.IppEverywherePrinter;
import kz.qujat.support.Pdfs;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Printing to a real IPP printer, CUPS's emulator: the director adds it, a clerk prints, and the printer's spool
 * holds the stored PDF's exact bytes with the copies, sides and media asked for.
 */
class PrintingIntegrationTests extends ServiceTest {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PrintJobMetrics metrics;

	private static IppEverywherePrinter reception;

	@BeforeAll
	static void switchOnThePrinter() {
		reception = IppEverywherePrinter.start("Reception");
	}

	@AfterAll
	static void switchOffThePrinter() {
		reception.close();
	}

	@Test
	void aReceiptPrintsTheStoredBytesInTwoCopiesOnA4() throws Exception {
		String printer = addPrinter("""
				{"name":"Reception A4","uri":"%s","media":"A4"}""".formatted(reception.uri()));
		String document = issueReceipt("Сәрсенбаева Әлия");

		HttpResponse<byte[]> accepted = api.post("/api/v1/documents/" + document + "/print",
				"{\"printer\":\"" + printer + "\"}");

		assertThat(accepted.statusCode()).as(Api.text(accepted)).isEqualTo(202);
		String location = accepted.headers().firstValue("Location").orElseThrow();
		JsonNode job = Api.json(accepted);
		assertThat(location).isEqualTo("/api/v1/print-jobs/" + job.get("id").asString());
		assertThat(job.get("state").asString()).isEqualTo("queued");
		assertThat(job.get("copies").asInt()).as("a receipt: one for the applicant, one for the file").isEqualTo(2);
		assertThat(stateOf(location, "completed")).isEqualTo("completed");
		Path received = reception.received(job.get("id").asString());
		assertThat(Files.readAllBytes(received)).isEqualTo(api.get("/api/v1/documents/" + document + "/pdf").body());
		Map<String, String> attributes = reception.attributes(received);
		assertThat(attributes).containsEntry("IPP_COPIES", "2").containsEntry("IPP_MEDIA", "iso_a4_210x297mm")
			.containsEntry("IPP_SIDES", "one-sided");
		assertThat(Api.text(api.get("/api/v1/print-jobs"))).contains(job.get("id").asString());

		metrics.refresh();
		assertThat(Api.text(api.as("operator", "operator").get("/actuator/prometheus")))
			.containsPattern("qujat_print_jobs\\{printer=\"Reception A4\",school=\"[-0-9a-f]+\",state=\"completed\"} 1.0");
	}

	@Test
	void copiesSidesAndMediaArriveAsAsked() throws Exception {
		String printer = addPrinter("""
				{"name":"Poster A3","uri":"%s","media":"A3","sides":"two-sided-long-edge","copies":1}"""
			.formatted(reception.uri()));
		String document = issueReceipt("Омаров Ерлан");

		String location = api.post("/api/v1/documents/" + document + "/print",
				"{\"printer\":\"" + printer + "\",\"copies\":3,\"sides\":\"two-sided-short-edge\"}")
			.headers().firstValue("Location").orElseThrow();

		assertThat(stateOf(location, "completed")).isEqualTo("completed");
		Map<String, String> attributes = reception.attributes(reception.received(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(attributes).containsEntry("IPP_COPIES", "3").containsEntry("IPP_MEDIA", "iso_a3_297x420mm")
			.containsEntry("IPP_SIDES", "two-sided-short-edge");
	}

	@Test
	void aJobWaitsForAPrinterSwitchedOffAndCompletesOnceItIsBack() throws Exception {
		String printer = addPrinter("""
				{"name":"Sometimes off","uri":"%s"}""".formatted(reception.uri()));
		String document = issueReceipt("Жұмабаев Нұрлан");
		reception.stop();
		try {
			String location = api.post("/api/v1/documents/" + document + "/print",
					"{\"printer\":\"" + printer + "\",\"copies\":1}").headers().firstValue("Location").orElseThrow();

			assertThat(stateOf(location, "waiting-for-printer")).isEqualTo("waiting-for-printer");
			reception.start();
			clock.advance(Duration.ofMinutes(1));

			assertThat(stateOf(location, "completed")).isEqualTo("completed");
			Path received = reception.received(location.substring(location.lastIndexOf('/') + 1));
			assertThat(Files.readAllBytes(received)).isEqualTo(api.get("/api/v1/documents/" + document + "/pdf").body());
		}
		finally {
			reception.start();
		}
	}

	@Test
	void aJobLeftSendingByADeadInstanceIsFoundOnThePrinterAndNotSentAgain() throws Exception {
		String printer = addPrinter("""
				{"name":"Restarted","uri":"%s"}""".formatted(reception.uri()));
		String location = api.post("/api/v1/documents/" + issueReceipt("Қасымов Бауыржан") + "/print",
				"{\"printer\":\"" + printer + "\"}").headers().firstValue("Location").orElseThrow();
		assertThat(stateOf(location, "completed")).isEqualTo("completed");
		String job = location.substring(location.lastIndexOf('/') + 1);
		reception.received(job);

		jdbc.sql("update print_job set state = 'sending', printer_job_id = null, claimed_at = ? where id = ?")
			.params(OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofMinutes(10)), ZoneOffset.UTC),
					UUID.fromString(job))
			.update();

		assertThat(stateOf(location, "completed")).isEqualTo("completed");
		assertThat(reception.received()).filteredOn(file -> file.getFileName().toString().contains(job)).hasSize(1);
	}

	@Test
	void aJobThePrinterTookIsGivenUpAsLostWhenThePrinterStaysAway() throws Exception {
		String printer = addPrinter("""
				{"name":"Goes away","uri":"%s"}""".formatted(reception.uri()));
		String location = api.post("/api/v1/documents/" + issueReceipt("Дәулетов Мұрат") + "/print",
				"{\"printer\":\"" + printer + "\"}").headers().firstValue("Location").orElseThrow();
		assertThat(stateOf(location, "completed")).isEqualTo("completed");
		int silent;
		try (ServerSocket socket = new ServerSocket(0)) {
			silent = socket.getLocalPort();
		}
		jdbc.sql("update print_job set state = 'processing', printer_uri = ? where id = ?")
			.params("ipp://localhost:" + silent + "/ipp/print", UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
			.update();

		assertThat(reasonOf(location, "printer-not-answering")).isEqualTo("printer-not-answering");
		assertThat(Api.json(api.get(location)).get("state").asString()).isEqualTo("processing");
		clock.advance(Duration.ofHours(2));

		assertThat(stateOf(location, "aborted")).isEqualTo("aborted");
		assertThat(Api.json(api.get(location)).get("reason").asString()).isEqualTo("printer-lost");
	}

	@Test
	void aWaitingJobIsCanceledOnceAndTheDefaultPrinterIsUsedWhenNoneIsNamed() throws Exception {
		String printer = addPrinter("""
				{"name":"The default","uri":"%s","default":true}""".formatted(reception.uri()));
		String document = issueReceipt("Ахметова Гүлнар");
		reception.stop();
		try {
			HttpResponse<byte[]> accepted = api.post("/api/v1/documents/" + document + "/print", "{}");
			assertThat(Api.json(accepted).get("printer").asString()).isEqualTo(printer);
			String location = accepted.headers().firstValue("Location").orElseThrow();
			assertThat(stateOf(location, "waiting-for-printer")).isEqualTo("waiting-for-printer");

			HttpResponse<byte[]> canceled = api.post(location + "/cancel", "{}");
			assertThat(Api.json(canceled).get("state").asString()).as(Api.text(canceled)).isEqualTo("canceled");
			assertThat(api.post(location + "/cancel", "{}").statusCode()).isEqualTo(409);
		}
		finally {
			reception.start();
		}
		assertThat(Api.text(api.as("demo-director", "demo").get("/api/v1/audit?action=document.printed")))
			.contains("The default");
	}

	@Test
	void aBatchOfThreeReceiptsIsOneFileBehindACoverEachPaperOnAFreshSheet() throws Exception {
		String printer = addPrinter("""
				{"name":"Batch two-sided","uri":"%s","sides":"two-sided-long-edge"}""".formatted(reception.uri()));
		String first = issueReceipt("Бекова Аружан");
		String second = issueReceipt("Серікұлы Данияр");
		String third = issueReceipt("Төлеуова Жанар");
		byte[] firstPdf = api.get("/api/v1/documents/" + first + "/pdf").body();

		HttpResponse<byte[]> accepted = api.post("/api/v1/print-jobs", """
				{"printer":"%s","documents":["%s","%s","%s"]}""".formatted(printer, third, first, second));

		assertThat(accepted.statusCode()).as(Api.text(accepted)).isEqualTo(202);
		String location = accepted.headers().firstValue("Location").orElseThrow();
		JsonNode job = Api.json(accepted);
		assertThat(job.get("document").isNull()).isTrue();
		java.util.List<String> numbers = java.util.stream.Stream.of(first, second, third).map(this::numberOf).toList();
		assertThat(job.get("numbers").valueStream().map(JsonNode::asString).toList())
			.as("journal order, whatever order they were asked in").isEqualTo(numbers);
		assertThat(job.get("copies").asInt()).isEqualTo(1);
		assertThat(stateOf(location, "completed")).isEqualTo("completed");

		String jobId = job.get("id").asString();
		assertThat(reception.received()).filteredOn(file -> file.getFileName().toString().contains(jobId)
				&& file.getFileName().toString().endsWith(".pdf")).hasSize(1);
		byte[] printed = Files.readAllBytes(reception.received(jobId));
		byte[] kept = jdbc.sql("select pdf from print_job_file where job_id = ?").param(UUID.fromString(jobId))
			.query((rs, row) -> rs.getBytes("pdf")).single();
		assertThat(printed).as("the merged file is kept with the job").isEqualTo(kept);
		Files.write(Files.createDirectories(Path.of("target", "printed")).resolve("batch.pdf"), printed);
		int receiptPages = Pdfs.pages(firstPdf);
		int sheetsEach = receiptPages + receiptPages % 2;
		assertThat(Pdfs.pages(printed)).as("a cover and three receipts, each on fresh sheets")
			.isEqualTo(2 + 3 * sheetsEach);
		String cover = Pdfs.text(printed, 1);
		assertThat(cover).contains("ДОКУМЕНТЫ, ОТПРАВЛЕННЫЕ НА ПЕЧАТЬ", "Batch two-sided", numbers.get(0),
				numbers.get(1), numbers.get(2));
		assertThat(Pdfs.text(printed, 2).strip()).as("the cover's blank back").isEmpty();
		for (int i = 0; i < 3; i++) {
			assertThat(Pdfs.text(printed, 3 + i * sheetsEach)).contains(numbers.get(i));
		}
		assertThat(reception.attributes(reception.received(jobId))).containsEntry("IPP_SIDES", "two-sided-long-edge");
	}

	@Test
	void aDaysReceiptsPrintAsOneBatchFoundByTheFilter() throws Exception {
		clock.set(java.time.ZonedDateTime.of(2026, 11, 27, 11, 0, 0, 0, java.time.ZoneId.of("Asia/Almaty")).toInstant());
		String printer = addPrinter("""
				{"name":"Friday's file","uri":"%s"}""".formatted(reception.uri()));
		String one = numberOf(issueReceipt("Нұрланова Әсел"));
		String two = numberOf(issueReceipt("Ғабитов Қайрат"));

		HttpResponse<byte[]> accepted = api.post("/api/v1/print-jobs", """
				{"printer":"%s","filter":{"kind":"receipt","day":"2026-11-27"}}""".formatted(printer));

		assertThat(accepted.statusCode()).as(Api.text(accepted)).isEqualTo(202);
		java.util.List<String> journal = Api.json(api.get(
				"/api/v1/documents?kind=receipt&status=issued&from=2026-11-27&to=2026-11-27&limit=1000"))
			.valueStream().map(entry -> entry.get("number").asString()).toList();
		assertThat(journal).contains(one, two);
		assertThat(Api.json(accepted).get("numbers").valueStream().map(JsonNode::asString).toList())
			.containsExactlyElementsOf(journal);
		String location = accepted.headers().firstValue("Location").orElseThrow();
		assertThat(stateOf(location, "completed")).isEqualTo("completed");
		assertThat(Pdfs.text(Files.readAllBytes(reception.received(Api.json(accepted).get("id").asString())), 1))
			.contains(one, two, "Friday's file");
	}

	@Test
	void aBatchThatCannotBeMadeIsRefusedOnTheFieldAtFault() {
		String printer = addPrinter("""
				{"name":"Refusing batches","uri":"%s"}""".formatted(reception.uri()));
		String issued = issueReceipt("Әбдірахманов Ілияс");
		String revoked = issueReceipt("Оспанова Үміт");
		assertThat(api.post("/api/v1/documents/" + revoked + "/revoke", "{\"reason\":\"issued-in-error\"}")
			.statusCode()).isEqualTo(200);

		assertBatchRefused("{\"printer\":\"%s\"}".formatted(printer), "documents", "batch-one-of");
		assertBatchRefused("{\"printer\":\"%s\",\"documents\":[]}".formatted(printer), "documents", "batch-size");
		assertBatchRefused("{\"printer\":\"%s\",\"documents\":[\"%s\",\"%s\"]}".formatted(printer, issued,
				UUID.randomUUID()), "documents[1]", "unknown-paper");
		assertBatchRefused("{\"printer\":\"%s\",\"documents\":[\"%s\",\"%s\"]}".formatted(printer, issued,
				issued), "documents[1]", "duplicate-paper");
		assertBatchRefused("{\"printer\":\"%s\",\"documents\":[\"%s\"]}".formatted(printer, revoked),
				"documents[0]", "paper-not-printable");
		assertBatchRefused("{\"printer\":\"%s\",\"filter\":{\"kind\":\"receipt\",\"day\":\"2020-01-06\"}}"
			.formatted(printer), "filter", "nothing-to-print");
		assertBatchRefused("{\"printer\":\"%s\",\"filter\":{\"kind\":\"${7*7}\",\"day\":\"2026-11-23\"}}"
			.formatted(printer), "filter.kind", "one-of-kinds");
		assertBatchRefused("{\"printer\":\"%s\",\"filter\":{\"kind\":\"receipt\"}}".formatted(printer),
				"filter.day", "required");
		assertBatchRefused("{\"printer\":\"%s\",\"documents\":[\"%s\"]}".formatted(UUID.randomUUID(), issued),
				"printer", "unknown-printer");
		assertThat(Api.json(api.get("/api/v1/print-jobs")).valueStream()
			.filter(job -> job.get("printerName").asString().equals("Refusing batches"))).isEmpty();
	}

	@Test
	void theDirectorChangesAndRemovesAPrinter() {
		Api director = api.as("demo-director", "demo");
		String printer = addPrinter("""
				{"name":"To change","uri":"%s"}""".formatted(reception.uri()));

		HttpResponse<byte[]> changed = director.put("/api/v1/school/printers/" + printer, """
				{"name":"Changed","uri":"%s","media":"A3","copies":2}""".formatted(reception.uri()));
		assertThat(changed.statusCode()).as(Api.text(changed)).isEqualTo(200);
		assertThat(Api.json(changed).get("media").asString()).isEqualTo("A3");
		assertThat(Api.text(director.get("/api/v1/school/printers"))).contains("Changed");

		assertThat(director.delete("/api/v1/school/printers/" + printer).statusCode()).isEqualTo(204);
		assertThat(director.get("/api/v1/school/printers/" + printer).statusCode()).isEqualTo(404);
	}

	@Test
	void anAddressThatIsNotIppOrDoesNotAnswerIsRefusedOnTheFieldUri() throws Exception {
		Api director = api.as("demo-director", "demo");
		int silent;
		try (ServerSocket socket = new ServerSocket(0)) {
			silent = socket.getLocalPort();
		}
		assertRefused(director, "http://localhost:" + port + "/", "ipp-address");
		assertRefused(director, "ipp://localhost:" + silent + "/ipp/print", "printer-not-answering");
		assertRefused(director, "ipp://localhost:" + port + "/api/v1/services", "printer-not-answering");
	}

	@Test
	void onlyTheDirectorManagesPrinters() {
		assertThat(api.post("/api/v1/school/printers", "{\"name\":\"x\",\"uri\":\"" + reception.uri() + "\"}")
			.statusCode()).isEqualTo(403);
	}

	private static void assertRefused(Api director, String uri, String rule) {
		HttpResponse<byte[]> refused = director.post("/api/v1/school/printers",
				"{\"name\":\"Wrong\",\"uri\":\"" + uri + "\"}");
		assertThat(refused.statusCode()).as(Api.text(refused)).isEqualTo(400);
		JsonNode error = Api.json(refused).get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("uri");
		assertThat(error.get("rule").asString()).isEqualTo(rule);
		assertThat(error.get("message").asString()).isNotBlank().doesNotStartWith("rule.");
	}

	private void assertBatchRefused(String json, String field, String rule) {
		HttpResponse<byte[]> refused = api.post("/api/v1/print-jobs", json);
		assertThat(refused.statusCode()).as(json + " -> " + Api.text(refused)).isEqualTo(400);
		JsonNode error = Api.json(refused).get("errors").get(0);
		assertThat(error.get("field").asString()).as(json).isEqualTo(field);
		assertThat(error.get("rule").asString()).as(json).isEqualTo(rule);
		assertThat(error.get("message").asString()).isNotBlank().doesNotStartWith("rule.");
	}

	private String numberOf(String document) {
		return Api.json(api.get("/api/v1/documents/" + document)).get("number").asString();
	}

	private String addPrinter(String json) {
		HttpResponse<byte[]> added = api.as("demo-director", "demo").post("/api/v1/school/printers", json);
		assertThat(added.statusCode()).as(Api.text(added)).isEqualTo(201);
		assertThat(Api.json(added).get("state").asString()).isIn("idle", "processing");
		return Api.json(added).get("id").asString();
	}

	private String issueReceipt(String applicant) {
		HttpResponse<byte[]> issued = api.post("/api/v1/documents", Receipts.simple(applicant));
		assertThat(issued.statusCode()).as(Api.text(issued)).isEqualTo(201);
		return Api.json(issued).get("id").asString();
	}

	/** Polls the job until its reason is {@code wanted}, for up to 15 s; answers the last reason. */
	private String reasonOf(String location, String wanted) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(15);
		String reason;
		do {
			reason = Api.json(api.get(location)).get("reason").asString();
			if (wanted.equals(reason)) {
				return reason;
			}
			Thread.sleep(100);
		}
		while (Instant.now().isBefore(deadline));
		return reason + " after 15 s: " + Api.text(api.get(location));
	}

	/** Polls the job until it reaches {@code wanted} or a finished state, for up to 15 s; answers the last state. */
	private String stateOf(String location, String wanted) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(15);
		String state;
		do {
			state = Api.json(api.get(location)).get("state").asString();
			if (state.equals(wanted) || state.equals("completed") || state.equals("aborted")
					|| state.equals("canceled")) {
				return state + (state.equals(wanted) ? "" : " (" + Api.text(api.get(location)) + ")");
			}
			Thread.sleep(100);
		}
		while (Instant.now().isBefore(deadline));
		return state + " after 15 s: " + Api.text(api.get(location));
	}
}
