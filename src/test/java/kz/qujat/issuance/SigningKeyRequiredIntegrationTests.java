package kz.qujat.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import kz.qujat.support.Api;
import kz.qujat.support.Keystores;
import kz.qujat.support.Receipts;
import kz.qujat.support.TestClock;
import kz.qujat.support.TestClockConfiguration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * In production ({@code qujat.signing.generate-keys=false}) a school issues only with a keystore of its own: the
 * demo school, whose keystore is not configured, is told so plainly, and its request takes no number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:qujat-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1",
		"qujat.signing.generate-keys=false" })
@Import(TestClockConfiguration.class)
class SigningKeyRequiredIntegrationTests {

	static final String OTHER_SCHOOL = "00000000-0000-4000-8000-0000000000ff";

	@DynamicPropertySource
	static void keystoreOfAnotherSchool(DynamicPropertyRegistry properties) {
		try {
			Path keystore = Files.createTempDirectory("qujat-keys").resolve("other-school.p12");
			Keystores.caIssued(keystore, "other-password", TestClock.MONDAY_MORNING);
			properties.add("qujat.signing.keystores." + OTHER_SCHOOL + ".path", keystore::toString);
			properties.add("qujat.signing.keystores." + OTHER_SCHOOL + ".password", () -> "other-password");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@LocalServerPort
	int port;

	@Test
	void aSchoolWithoutAKeystoreCannotIssueAndTakesNoNumber() {
		Api api = new Api(port);
		HttpResponse<byte[]> refused = api.post("/api/v1/documents", Receipts.simple("Кілтсіз Әсел"));

		assertThat(refused.statusCode()).isEqualTo(503);
		JsonNode problem = Api.json(refused);
		assertThat(problem.get("type").asString()).isEqualTo("/problems/signing-key-missing");
		assertThat(problem.get("detail").asString()).contains("қолтаңба кілті");
		assertThat(Api.json(api.inLanguage("ru").post("/api/v1/documents", Receipts.simple("Кілтсіз Әсел")))
			.get("detail").asString()).contains("ключ электронной подписи");
		assertThat(Api.json(api.get("/api/v1/documents"))).isEmpty();
	}
}
