package kz.qujat.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import kz.qujat.printing.Media;
import kz.qujat.printing.PrintJob;
import kz.qujat.printing.PrintJobEnded;
import kz.qujat.printing.PrintJobState;
import kz.qujat.printing.Sides;
import kz.qujat.support.Api;
import kz.qujat.support.IppEverywherePrinter;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;
import kz.qujat.support.WebhookReceiver;
import kz.qujat.support.WebhookReceiver.Delivery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;

import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end: a director registers a receiver on this machine, papers are issued and revoked, and the
 * receiver gets signed Standard Webhooks deliveries that name the paper and nobody's personal data.
 */
class WebhooksIntegrationTests extends ServiceTest {

	private static final String APPLICANT = "Сәрсенбаева Әлия Бекқызы";

	private static final String IIN = "871008401427";

	private static final UUID DEMO_SCHOOL = UUID.fromString("00000000-0000-4000-8000-000000000001");

	@Autowired
	private WebhooksSettings settings;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private JdbcClient jdbc;

	private Api director;

	private final List<WebhookReceiver> receivers = new ArrayList<>();

	@BeforeEach
	void signInAsTheDirector() {
		director = api.as("demo-director", "demo");
	}

	@AfterEach
	void removeTheWebhooksAndReceivers() {
		Api.json(director.get("/api/v1/school/webhooks")).valueStream()
			.forEach(webhook -> director.delete(webhook.get("self").asString()));
		receivers.forEach(WebhookReceiver::close);
	}

	@Test
	void aNewReceiptIsDeliveredSignedWithTheSecretAndWithoutPersonalData() throws Exception {
		WebhookReceiver receiver = receiver();
		HttpResponse<byte[]> registered = director.post("/api/v1/school/webhooks",
				"{\"url\":\"%s\",\"events\":[\"document.issued\"]}".formatted(receiver.url()));

		assertThat(registered.statusCode()).as(Api.text(registered)).isEqualTo(201);
		JsonNode webhook = Api.json(registered);
		assertThat(registered.headers().firstValue("Location")).hasValue(webhook.get("self").asString());
		String secret = webhook.get("secret").asString();
		assertThat(secret).startsWith("whsec_");
		assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length())).length).isBetween(24, 64);
		assertThat(Api.text(director.get("/api/v1/school/webhooks"))).contains(receiver.url()).doesNotContain(secret);
		assertThat(Api.text(director.get(webhook.get("self").asString()))).doesNotContain(secret);

		JsonNode document = issueReceipt();
		String number = document.get("number").asString();

		Delivery delivery = receiver.await(number);
		assertThat(delivery.header("Content-Type")).startsWith("application/json");
		assertThat(delivery.header("webhook-id")).startsWith("msg_");
		assertThat(delivery.header("webhook-timestamp")).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
		assertThat(delivery.header("webhook-signature")).isEqualTo("v1," + hmac(secret,
				delivery.header("webhook-id") + "." + delivery.header("webhook-timestamp") + "." + delivery.body()));
		JsonNode payload = delivery.json();
		assertThat(payload.get("type").asString()).isEqualTo("document.issued");
		assertThat(Instant.parse(payload.get("timestamp").asString())).isEqualTo(clock.instant());
		JsonNode data = payload.get("data");
		assertThat(data.get("id").asString()).isEqualTo(document.get("id").asString());
		assertThat(data.get("number").asString()).isEqualTo(number);
		assertThat(data.get("kind").asString()).isEqualTo("receipt");
		assertThat(data.get("service").asString()).isEqualTo("teacher-attestation");
		assertThat(data.get("status").asString()).isEqualTo("issued");
		assertThat(data.get("links").get("self").asString()).isEqualTo("/api/v1/documents/" + document.get("id").asString());
		assertThat(data.get("links").get("pdf").asString()).isEqualTo(document.get("pdfUrl").asString());
		assertThat(data.get("links").get("verify").asString()).isEqualTo(document.get("verifyUrl").asString());
		assertThat(delivery.body()).doesNotContain(IIN, "Сәрсенбаева", "Әлия");

		JsonNode attempts = deliveries(webhook,
				list -> list.size() == 1 && "delivered".equals(list.get(0).get("state").asString()));
		assertThat(attempts.get(0).get("message").asString()).isEqualTo(delivery.header("webhook-id"));
		assertThat(attempts.get(0).get("event").asString()).isEqualTo("document.issued");
		assertThat(attempts.get(0).get("attempt").asInt()).isEqualTo(1);
		assertThat(attempts.get(0).get("statusCode").asInt()).isEqualTo(200);
		assertThat(receiver.received()).hasSize(1);
	}

	@Test
	void aReceiverThatFailsIsTriedAgainAfterTheBackoffAndBothAttemptsAreListed() throws Exception {
		WebhookReceiver receiver = receiver(500, 200);
		JsonNode webhook = register(receiver, "document.issued");
		String number = issueReceipt().get("number").asString();

		Delivery first = receiver.await(number);
		deliveries(webhook, list -> list.size() == 1 && list.get(0).get("statusCode").asInt() == 500);
		assertThat(receiver.received()).as("no retry before its time").hasSize(1);
		clock.advance(Duration.ofSeconds(5));

		Delivery second = receiver.await(received -> received.body().contains(number) && received != first);
		assertThat(second.header("webhook-id")).as("the same message").isEqualTo(first.header("webhook-id"));
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.header("webhook-timestamp")).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
		JsonNode attempts = deliveries(webhook, list -> list.size() == 2 && list.get(0).get("statusCode").asInt() == 200);
		assertThat(attempts.get(0).get("attempt").asInt()).isEqualTo(2);
		assertThat(attempts.get(0).get("state").asString()).isEqualTo("delivered");
		assertThat(attempts.get(1).get("attempt").asInt()).isEqualTo(1);
		assertThat(attempts.get(1).get("statusCode").asInt()).isEqualTo(500);
	}

	@Test
	void aReceiverThatKeepsFailingIsTriedForADayThenTheMessageFails() throws Exception {
		List<Duration> retries = settings.retries();
		WebhookReceiver receiver = receiver(IntStream.range(0, retries.size() + 1).map(i -> 503).toArray());
		JsonNode webhook = register(receiver, "document.issued");
		Instant issuedAt = clock.instant();
		issueReceipt();

		for (int attempt = 1; attempt <= retries.size(); attempt++) {
			int made = attempt;
			deliveries(webhook, list -> list.size() == made);
			clock.advance(retries.get(attempt - 1));
		}
		JsonNode attempts = deliveries(webhook, list -> list.size() == retries.size() + 1
				&& "failed".equals(list.get(0).get("state").asString()));
		assertThat(attempts.get(0).get("attempt").asInt()).isEqualTo(retries.size() + 1);
		assertThat(attempts.get(0).get("statusCode").asInt()).isEqualTo(503);
		assertThat(Duration.between(issuedAt, Instant.parse(attempts.get(0).get("attemptedAt").asString())))
			.as("the last try about a day after the first").isBetween(Duration.ofHours(24), Duration.ofHours(30));
		assertThat(receiver.received()).hasSize(retries.size() + 1);
	}

	@Test
	void anEventToldOutsideATransactionIsRefusedRatherThanRiskingALostDelivery() {
		// a print job's end, as no module tells it: outside the transaction that would store the job's new state
		PrintJob job = new PrintJob(UUID.randomUUID(), DEMO_SCHOOL, null, UUID.randomUUID(), "Nowhere", 1,
				Sides.ONE_SIDED, Media.A4, PrintJobState.COMPLETED, null, null, 1, 0, UUID.randomUUID(),
				clock.instant(), clock.instant(), List.of());

		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> events.publishEvent(new PrintJobEnded(job)));
	}

	@Test
	void aDisabledEndpointIsToldNothingUntilItIsEnabled() throws Exception {
		WebhookReceiver disabled = receiver();
		WebhookReceiver control = receiver();
		JsonNode webhook = register(disabled, "document.issued");
		register(control, "document.issued");

		HttpResponse<byte[]> off = director.post(webhook.get("self").asString() + "/disable", "{}");
		assertThat(Api.json(off).get("enabled").asBoolean()).as(Api.text(off)).isFalse();
		String whileOff = issueReceipt().get("number").asString();
		control.await(whileOff);

		assertThat(disabled.received()).isEmpty();
		assertThat(Api.json(director.get(webhook.get("self").asString() + "/deliveries")).isEmpty()).isTrue();
		assertThat(Api.json(director.post(webhook.get("self").asString() + "/enable", "{}")).get("enabled")
			.asBoolean()).isTrue();
		String whileOn = issueReceipt().get("number").asString();
		assertThat(disabled.await(whileOn).body()).doesNotContain(whileOff);
	}

	@Test
	void aRevocationIsDeliveredAsDocumentRevoked() throws Exception {
		WebhookReceiver receiver = receiver();
		register(receiver, "document.revoked");
		JsonNode document = issueReceipt();
		String number = document.get("number").asString();

		HttpResponse<byte[]> revoked = api.post("/api/v1/documents/" + document.get("id").asString() + "/revoke",
				"{\"reason\":\"issued-in-error\",\"note\":\"" + APPLICANT + "\"}");
		assertThat(revoked.statusCode()).as(Api.text(revoked)).isEqualTo(200);

		Delivery delivery = receiver.await(number);
		JsonNode payload = delivery.json();
		assertThat(payload.get("type").asString()).isEqualTo("document.revoked");
		assertThat(payload.get("data").get("status").asString()).isEqualTo("revoked");
		assertThat(payload.get("data").get("reason").asString()).isEqualTo("issued-in-error");
		assertThat(delivery.body()).as("neither the applicant nor the note").doesNotContain(IIN, "Сәрсенбаева");
		assertThat(receiver.received()).as("not subscribed to document.issued").hasSize(1);
	}

	@Test
	void aPrintJobThatCompletesOrIsCanceledIsDeliveredWithItsNumbers() throws Exception {
		WebhookReceiver receiver = receiver();
		register(receiver, "print-job.completed", "print-job.failed");
		try (IppEverywherePrinter printer = IppEverywherePrinter.start("Webhooks")) {
			HttpResponse<byte[]> added = director.post("/api/v1/school/printers",
					"{\"name\":\"Webhooks A4\",\"uri\":\"%s\"}".formatted(printer.uri()));
			assertThat(added.statusCode()).as(Api.text(added)).isEqualTo(201);
			String printerId = Api.json(added).get("id").asString();
			JsonNode document = issueReceipt();
			String number = document.get("number").asString();
			JsonNode job = Api.json(api.post("/api/v1/documents/" + document.get("id").asString() + "/print",
					"{\"printer\":\"" + printerId + "\"}"));

			JsonNode completed = receiver.await(job.get("id").asString()).json();
			assertThat(completed.get("type").asString()).isEqualTo("print-job.completed");
			JsonNode data = completed.get("data");
			assertThat(data.get("state").asString()).isEqualTo("completed");
			assertThat(data.get("printer").asString()).isEqualTo("Webhooks A4");
			assertThat(data.get("numbers").valueStream().map(JsonNode::asString).toList()).containsExactly(number);
			assertThat(data.get("links").get("self").asString()).isEqualTo(job.get("url").asString());

			printer.stop();
			String waiting = Api.json(api.post("/api/v1/documents/" + job.get("document").asString() + "/print",
					"{\"printer\":\"" + printerId + "\"}")).get("url").asString();
			assertThat(api.post(waiting + "/cancel", "{}").statusCode()).isEqualTo(200);
			JsonNode canceled = receiver.await(waiting.substring(waiting.lastIndexOf('/') + 1)).json();
			assertThat(canceled.get("type").asString()).isEqualTo("print-job.failed");
			assertThat(canceled.get("data").get("state").asString()).isEqualTo("canceled");
			assertThat(canceled.get("data").get("reason").asString()).isEqualTo("canceled-by-user");
			assertThat(receiver.received()).hasSize(2);
			director.delete("/api/v1/school/printers/" + printerId);
		}
	}

	@Test
	void anAddressThatIsNotHttpsOrAnUnknownEventIsRefusedOnItsField() {
		assertRefused("{\"url\":\"http://example.com/hook\",\"events\":[\"document.issued\"]}", "url", "webhook-https");
		assertRefused("{\"url\":\"ftp://example.com/hook\",\"events\":[\"document.issued\"]}", "url", "webhook-https");
		assertRefused("{\"url\":\"https://user:pw@example.com/hook\",\"events\":[\"document.issued\"]}", "url",
				"webhook-url");
		assertRefused("{\"url\":\"\",\"events\":[\"document.issued\"]}", "url", "required");
		assertRefused("{\"url\":\"https://example.com/hook\",\"events\":[\"document.issued\",\"document.printed\"]}",
				"events[1]", "webhook-event");
		assertRefused("{\"url\":\"https://example.com/hook\",\"events\":[]}", "events", "required");
		assertThat(Api.json(director.get("/api/v1/school/webhooks")).isEmpty()).isTrue();
	}

	@Test
	void anAddressInsideTheNetworkIsRefusedWhenRegisteredAndIsNotSentToWhenItComesToLeadThere() throws Exception {
		assertRefused("{\"url\":\"https://169.254.169.254/latest/meta-data\",\"events\":[\"document.issued\"]}", "url",
				"webhook-private-address");
		assertRefused("{\"url\":\"https://10.20.30.40/hook\",\"events\":[\"document.issued\"]}", "url",
				"webhook-private-address");
		assertRefused("{\"url\":\"https://[fd12:3456::1]/hook\",\"events\":[\"document.issued\"]}", "url",
				"webhook-private-address");

		// an address that was on the internet when it was registered and now leads inside, as a name can
		JsonNode webhook = Api.json(director.post("/api/v1/school/webhooks",
				"{\"url\":\"https://203.0.113.7/hook\",\"events\":[\"document.issued\"]}"));
		jdbc.sql("update webhook set url = 'https://192.168.1.10/hook' where id = ?")
			.param(UUID.fromString(webhook.get("id").asString())).update();
		issueReceipt();

		JsonNode attempts = deliveries(webhook, list -> !list.isEmpty());
		assertThat(attempts.get(0).get("statusCode").isNull()).isTrue();
		assertThat(attempts.get(0).get("error").asString())
			.isEqualTo("not sent: 192.168.1.10 resolves to 192.168.1.10, an address inside the network");
		assertThat(attempts.get(0).get("state").asString()).as("tried again later, in case it leads out again")
			.isEqualTo("pending");
	}

	@Test
	void onlyTheDirectorManagesWebhooks() {
		assertThat(api.post("/api/v1/school/webhooks",
				"{\"url\":\"https://example.com/hook\",\"events\":[\"document.issued\"]}").statusCode()).isEqualTo(403);
		assertThat(api.get("/api/v1/school/webhooks").statusCode()).isEqualTo(403);
		JsonNode webhook = Api.json(director.post("/api/v1/school/webhooks",
				"{\"url\":\"https://example.com/hook\",\"events\":[\"print-job.failed\"]}"));
		assertThat(api.get(webhook.get("self").asString() + "/deliveries").statusCode()).isEqualTo(403);

		assertThat(director.delete(webhook.get("self").asString()).statusCode()).isEqualTo(204);
		assertThat(director.get(webhook.get("self").asString()).statusCode()).isEqualTo(404);
	}

	private void assertRefused(String json, String field, String rule) {
		HttpResponse<byte[]> refused = director.post("/api/v1/school/webhooks", json);
		assertThat(refused.statusCode()).as(json + " -> " + Api.text(refused)).isEqualTo(400);
		JsonNode error = Api.json(refused).get("errors").get(0);
		assertThat(error.get("field").asString()).as(json).isEqualTo(field);
		assertThat(error.get("rule").asString()).as(json).isEqualTo(rule);
		assertThat(error.get("message").asString()).isNotBlank().doesNotStartWith("rule.");
	}

	private JsonNode register(WebhookReceiver receiver, String... events) {
		HttpResponse<byte[]> registered = director.post("/api/v1/school/webhooks",
				"{\"url\":\"%s\",\"events\":[\"%s\"]}".formatted(receiver.url(), String.join("\",\"", events)));
		assertThat(registered.statusCode()).as(Api.text(registered)).isEqualTo(201);
		return Api.json(registered);
	}

	private JsonNode issueReceipt() {
		HttpResponse<byte[]> issued = api.post("/api/v1/documents", Receipts.forTeacher(APPLICANT, IIN, "application",
				"education-diploma", "essay"));
		assertThat(issued.statusCode()).as(Api.text(issued)).isEqualTo(201);
		return Api.json(issued);
	}

	/** Polls the webhook's attempts until {@code wanted} holds, for up to 15 s; answers the last list. */
	private JsonNode deliveries(JsonNode webhook, Predicate<List<JsonNode>> wanted) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(15);
		List<JsonNode> attempts;
		do {
			attempts = Api.json(director.get(webhook.get("self").asString() + "/deliveries")).valueStream().toList();
			if (wanted.test(attempts)) {
				return Api.json(director.get(webhook.get("self").asString() + "/deliveries"));
			}
			Thread.sleep(100);
		}
		while (Instant.now().isBefore(deadline));
		throw new AssertionError("the attempts after 15 s: " + attempts);
	}

	private WebhookReceiver receiver(int... answers) {
		WebhookReceiver receiver = new WebhookReceiver(answers);
		receivers.add(receiver);
		return receiver;
	}

	private static String hmac(String secret, String signed) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
	}
}
