package kz.qujat.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import kz.qujat.support.Api;
import kz.qujat.support.Golden;
import kz.qujat.support.Pdfs;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * Every kind × service × language, issued from the realistic requests under {@code src/test/resources/requests},
 * is one A4 page whose text matches its golden file under {@code src/test/resources/golden}.
 */
class EveryDocumentGoldenIntegrationTests extends ServiceTest {

	static final Path REQUESTS = Path.of("src/test/resources/requests");

	static Stream<Arguments> everyDocument() throws IOException {
		List<Arguments> documents = new ArrayList<>();
		try (Stream<Path> services = Files.list(REQUESTS)) {
			for (Path service : services.sorted().toList()) {
				for (String kind : List.of("receipt", "refusal", "application")) {
					for (String languages : List.of("both", "kk", "ru")) {
						documents.add(Arguments.of(service.getFileName().toString(), kind, languages));
					}
				}
			}
		}
		return documents.stream();
	}

	@ParameterizedTest(name = "{0} {1} in {2}")
	@MethodSource("everyDocument")
	void readsAsExpectedOnOnePage(String service, String kind, String languages) throws IOException {
		String request = Files.readString(REQUESTS.resolve(service).resolve(kind + ".json"), StandardCharsets.UTF_8);
		if (!languages.equals("both")) {
			request = request.replaceFirst("\\{", "{\"languages\": [\"" + languages + "\"],");
		}
		HttpResponse<byte[]> created = api.post("/api/v1/documents", request);
		assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
		JsonNode document = Api.json(created);
		byte[] pdf = api.get(document.get("pdfUrl").asString()).body();

		assertThat(Pdfs.pages(pdf)).as("pages").isEqualTo(1);
		String code = document.get("verificationCode").asString();
		String text = Pdfs.text(pdf)
			.replace(document.get("number").asString(), "NUMBER")
			.replace(code, "CODE")
			.replace(String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12),
					code.substring(12, 16), code.substring(16)), "CODE");
		Golden.assertTextMatches(service + "-" + kind + "-" + languages, pdf, text);
	}
}
