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
