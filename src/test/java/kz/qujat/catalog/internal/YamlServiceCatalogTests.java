package kz.qujat.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import kz.qujat.catalog.Channel;
import kz.qujat.catalog.RefusalGround;
import kz.qujat.catalog.RequiredDocument;
import kz.qujat.catalog.ServiceDefinition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlServiceCatalogTests {

	private static final Path CATALOG = Path.of("templates/catalog");

	@Test
	void teacherAttestationHasTheStandardsNineDocumentsAndThreeGrounds() {
		ServiceDefinition service = YamlServiceCatalog.load(CATALOG).get("teacher-attestation");

		assertThat(service.registrationPrefix()).isEqualTo("ATT");
		assertThat(service.term().workingDays()).isEqualTo(1);
		assertThat(service.term().text().ru()).isEqualTo("один рабочий день");
		assertThat(service.channels()).contains(Channel.PAPER, Channel.PORTAL);
		assertThat(service.documents()).extracting(RequiredDocument::code)
			.containsExactly("application", "education-diploma", "retraining-certificate", "employment-record",
					"professional-development-certificate", "category-certificate", "professional-achievements",
					"student-achievements", "essay");
		assertThat(service.document("essay")).get().extracting(d -> d.name().kk()).isEqualTo("эссе (250-300 сөз)");
		assertThat(service.refusalGrounds()).extracting(RefusalGround::code)
			.containsExactly("unreliable-documents", "requirements-not-met", "no-personal-data-consent");
		assertThat(service.refusalGrounds().get(1).text().ru()).isEqualTo(
				"несоответствие представленных материалов, данных и сведений, необходимых для оказания государственной услуги, требованиям");
		assertThat(service.name().kk()).startsWith("Мектепке дейінгі тәрбие мен оқыту").endsWith("құжаттарды қабылдау");
	}

	@Test
	void refusesAMissingFolder(@TempDir Path empty) {
		assertThatIllegalStateException().isThrownBy(() -> YamlServiceCatalog.load(empty.resolve("nowhere")))
			.withMessageContaining("catalog folder").withMessageContaining("is missing");
	}

	@Test
	void refusesAFolderWithoutServices(@TempDir Path empty) {
		assertThatIllegalStateException().isThrownBy(() -> YamlServiceCatalog.load(empty))
			.withMessageContaining("has no *.yaml file");
	}

	@Test
	void refusesAFileWhoseCodeIsNotItsName(@TempDir Path folder) throws IOException {
		copy(folder, "other-name.yaml", Map.of());
		assertThatIllegalStateException().isThrownBy(() -> YamlServiceCatalog.load(folder))
			.withMessageContaining("other-name.yaml").withMessageContaining("code must equal the file name");
	}

	@Test
	void refusesADocumentCodeListedTwice(@TempDir Path folder) throws IOException {
		copy(folder, "teacher-attestation.yaml", Map.of("code: education-diploma", "code: application"));
		assertThatIllegalStateException().isThrownBy(() -> YamlServiceCatalog.load(folder))
			.withMessageContaining("document code application appears twice");
	}

	@Test
	void refusesATextWithoutItsRussian(@TempDir Path folder) throws IOException {
		copy(folder, "teacher-attestation.yaml", Map.of("  ru: Бесплатно физическим лицам\n", ""));
		assertThatIllegalStateException().isThrownBy(() -> YamlServiceCatalog.load(folder))
			.withMessageContaining("teacher-attestation.yaml").withMessageContaining("fee");
	}

	@Test
	void refusesAnUnknownField(@TempDir Path folder) throws IOException {
		copy(folder, "teacher-attestation.yaml", Map.of("registrationPrefix: ATT", "registrationPrefix: ATT\nprice: 100"));
		assertThatIllegalStateException().isThrownBy(() -> YamlServiceCatalog.load(folder))
			.withMessageContaining("price");
	}

	private static void copy(Path folder, String name, Map<String, String> replacements) throws IOException {
		String yaml = Files.readString(CATALOG.resolve("teacher-attestation.yaml"));
		for (Map.Entry<String, String> replacement : replacements.entrySet()) {
			assertThat(yaml).contains(replacement.getKey());
			yaml = yaml.replace(replacement.getKey(), replacement.getValue());
		}
		Files.writeString(folder.resolve(name), yaml);
	}
}
