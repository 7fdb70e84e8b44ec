package kz.qujat.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import kz.qujat.support.Api;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * {@code /actuator/health} as an operator reads it: the database, the template files and the signing keys, each
 * with what it found; anyone else sees only the status.
 */
class HealthIntegrationTests extends ServiceTest {

	@Test
	void anOperatorSeesTheTemplatesAndSigningKeysUpWithWhatTheyFound() {
		HttpResponse<byte[]> answer = api.as("operator", "operator").get("/actuator/health");

		assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(200);
		JsonNode components = Api.json(answer).get("components");
		assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
		JsonNode templates = components.get("templates");
		assertThat(templates.get("status").asString()).isEqualTo("UP");
		assertThat(templates.get("components").propertyNames()).containsExactlyInAnyOrder("documents", "fonts",
				"catalog", "calendars");
		assertThat(templates.at("/components/catalog/details/found").asString()).isEqualTo("5 services");
		assertThat(templates.at("/components/documents/details/files").asString())
			.isEqualTo("packaged qujat/templates/documents");
		assertThat(templates.at("/components/fonts/details/found").asString()).contains("Liberation Serif 400");
		assertThat(templates.at("/components/calendars/details/found").asString()).contains("2026");
		JsonNode keys = components.get("signingKeys");
		assertThat(keys.get("status").asString()).isEqualTo("UP");
		assertThat(keys.at("/details/schools").propertyNames()).isNotEmpty()
			.allMatch(how -> how.startsWith("generated"));
	}

	@Test
	void anyoneElseSeesOnlyTheStatus() {
		for (Api caller : new Api[] { api.anonymous(), api }) {
			HttpResponse<byte[]> answer = caller.get("/actuator/health");

			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(Api.text(answer)).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
		}
	}
}
