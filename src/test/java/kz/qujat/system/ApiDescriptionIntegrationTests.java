package kz.qujat.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import kz.qujat.support.Api;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description the service serves: what an integrator generates a client from. It is written to
 * {@code target/openapi.json}, linted by Redocly's recommended rules, and kept equal to the copy in
 * {@code src/test/resources/openapi/qujat.json} that the build generates the test client from.
 */
class ApiDescriptionIntegrationTests extends ServiceTest {

	/** Pinned, so that a new release's new rules fail no build by themselves. */
	static final String REDOCLY = "@redocly/cli@2.77.0";

	static final Path COMMITTED = Path.of("src/test/resources/openapi/qujat.json");

	static final Path SERVED = Path.of("target/openapi.json");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Test
	void describesSecurityStatusesAndProblemsExactly() throws IOException {
		JsonNode description = served();

		assertThat(description.get("openapi").asString()).startsWith("3.1");
		assertThat(description.at("/servers/0/url").asString()).isEqualTo("https://qujat.example.kz");
		assertThat(description.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
		assertThat(description.at("/components/securitySchemes/token/scheme").asString()).isEqualTo("bearer");
		assertThat(description.at("/components/securitySchemes/session/in").asString()).isEqualTo("cookie");

		JsonNode issue = description.at("/paths/~1api~1v1~1documents/post");
		assertThat(names(issue.get("responses"))).contains("201", "400", "401", "403", "415", "503")
			.doesNotContain("200");
		assertThat(issue.at("/responses/201/headers/Location").isMissingNode()).isFalse();
		assertThat(issue.at("/responses/400/$ref").asString()).isEqualTo("#/components/responses/BadRequest");
		assertThat(description.at("/components/responses/BadRequest/content/application~1problem+json/schema/$ref")
			.asString()).isEqualTo("#/components/schemas/Problem");
		assertThat(description.at("/paths/~1api~1v1~1documents~1{id}~1revoke/post/responses/409/content/"
				+ "application~1problem+json/schema/$ref").asString()).isEqualTo("#/components/schemas/Problem");
		assertThat(issue.get("security")).hasSize(3);
		assertThat(issue.get("tags").get(0).asString()).isEqualTo("issuance");
		assertThat(description.at("/paths/~1api~1v1~1documents~1{id}~1print/post/responses/202/headers/Location")
			.isMissingNode()).isFalse();
		assertThat(description.at("/paths/~1api~1v1~1school~1tokens~1{id}/delete/responses/204").isMissingNode())
			.isFalse();

		JsonNode verify = description.at("/paths/~1api~1v1~1verify~1{code}/get");
		assertThat(verify.get("security")).isEmpty();
		assertThat(names(verify.get("responses"))).contains("200", "404", "429").doesNotContain("403");

		List<String> types = new ArrayList<>();
		description.at("/components/schemas/Problem/properties/type/enum").forEach(type -> types.add(type.asString()));
		assertThat(types).contains("/problems/invalid-request", "/problems/document-not-found",
				"/problems/database-unavailable", "/problems/internal");
		assertThat(names(description.at("/components/schemas/Problem/properties/errors/items/properties")))
			.containsExactlyInAnyOrder("field", "rule", "message");

		assertThat(names(description.get("paths"))).allMatch(path -> path.startsWith("/api/"));
		description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			String name = operation.getKey().toUpperCase() + " " + path.getKey();
			assertThat(operation.getValue().get("summary")).as(name + " has a summary").isNotNull();
			assertThat(names(operation.getValue().get("responses"))).as(name + " answers a 2xx")
				.anyMatch(status -> status.startsWith("2"));
		}));
	}

	@Test
	void redoclyFindsNoErrorUnderItsRecommendedRules() throws Exception {
		served();
		ProcessBuilder lint = new ProcessBuilder("npx", "--yes", REDOCLY, "lint", SERVED.toString(),
				"--extends=recommended", "--format=stylish").redirectErrorStream(true);
		lint.environment().put("NO_UPDATE_NOTIFIER", "1");
		lint.environment().put("REDOCLY_TELEMETRY", "off");
		Process process;
		try {
			process = lint.start();
		}
		catch (IOException noNpx) {
			throw new AssertionError("npx is needed to lint the API description (apt-get install nodejs npm)", noNpx);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail("redocly did not finish within 3 minutes:%n%s", output);
		}
		assertThat(process.exitValue()).as("redocly lint %s:%n%s", SERVED, output).isZero();
		assertThat(output).as(output).doesNotContainPattern("\\d+:\\d+\\s+error\\s").contains("Your API description is valid");
	}

	@Test
	void theTestClientIsGeneratedFromWhatTheServiceServes() throws IOException {
		String served = JSON.writeValueAsString(served());
		String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
		if (!served.equals(committed)) {
			fail("The API description changed; the test client is generated from %s. Look at the change and keep it:%n"
					+ "  cp %s %s%n%s", COMMITTED, SERVED, COMMITTED, firstDifference(committed, served));
		}
	}

	/** The description as served, written to {@code target/openapi.json}. */
	private JsonNode served() throws IOException {
		JsonNode description = Api.json(api.anonymous().get("/v3/api-docs"));
		Files.createDirectories(SERVED.getParent());
		Files.writeString(SERVED, JSON.writeValueAsString(description));
		return description;
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names;
	}

	private static String firstDifference(String expected, String actual) {
		List<String> was = expected.lines().toList();
		List<String> is = actual.lines().toList();
		for (int line = 0; line < Math.max(was.size(), is.size()); line++) {
			String before = line < was.size() ? was.get(line) : "<end>";
			String after = line < is.size() ? is.get(line) : "<end>";
			if (!before.equals(after)) {
				return "first difference at line %d:%n- %s%n+ %s".formatted(line + 1, before, after);
			}
		}
		return "";
	}
}
