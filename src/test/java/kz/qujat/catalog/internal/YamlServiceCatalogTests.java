package kz.qujat.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import kz.qujat.catalog.Channel;
import kz.qujat.catalog.RefusalGround;
import kz.qujat.catalog.RequiredDocument;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.system.EditableFolder;
import kz.qujat.system.FileSettings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlServiceCatalogTests {

	/** The catalog as the jar ships it; tests write broken or added services into an override folder. */
	private static final EditableFolder PACKAGED = new FileSettings(null, null).catalog();

	@Test
	void teacherAttestationHasTheStandardsNineDocumentsAndThreeGrounds() {
		ServiceDefinition service = YamlServiceCatalog.load(PACKAGED).get("teacher-attestation");

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
	void theJarShipsTheFiveServices() {
		assertThat(YamlServiceCatalog.load(PACKAGED).keySet()).containsExactly("additional-education-admission",
				"education-duplicates", "home-schooling", "school-admission", "teacher-attestation");
	}

	@Test
	void anOverrideReplacesItsServiceAndANewFileAddsOne(@TempDir Path folder) throws IOException {
		copy(folder, "teacher-attestation.yaml", Map.of("один рабочий день", "два рабочих дня"));
		copy(folder, "music-lessons.yaml", Map.of("code: teacher-attestation", "code: music-lessons",
				"registrationPrefix: ATT", "registrationPrefix: MUS"));

		Map<String, ServiceDefinition> services = YamlServiceCatalog.load(override(folder));

		assertThat(services.get("teacher-attestation").term().text().ru()).isEqualTo("два рабочих дня");
		assertThat(services.get("music-lessons").registrationPrefix()).isEqualTo("MUS");
		assertThat(services.get("school-admission")).as("a packaged service left alone").isNotNull();
		assertThat(services).hasSize(6);
	}

	@Test
	void refusesACatalogWithoutServices(@TempDir Path empty) {
		assertThatIllegalStateException().isThrownBy(() -> YamlServiceCatalog.load(EditableFolder.of("qujat/nothing", empty)))
			.withMessageContaining("has no *.yaml file");
	}

	@Test
	void refusesAnOverrideThatIsNotYaml(@TempDir Path folder) throws IOException {
		Path broken = Files.writeString(folder.resolve("school-admission.yaml"), "code: [school-admission\n");
		assertThatIllegalStateException().isThrownBy(() -> YamlServiceCatalog.load(override(folder)))
			.withMessageContaining(broken.toAbsolutePath().toString()).withMessageContaining("not a valid service");
	}

	@Test
	void refusesAFileWhoseCodeIsNotItsName(@TempDir Path folder) throws IOException {
		copy(folder, "other-name.yaml", Map.of());
		assertThatIllegalStateException().isThrownBy(() -> YamlServiceCatalog.load(override(folder)))
			.withMessageContaining("other-name.yaml").withMessageContaining("code must equal the file name");
	}

	@Test
	void refusesADocumentCodeListedTwice(@TempDir Path folder) throws IOException {
		copy(folder, "teacher-attestation.yaml", Map.of("code: education-diploma", "code: application"));
		assertThatIllegalStateException().isThrownBy(() -> YamlServiceCatalog.load(override(folder)))
			.withMessageContaining("document code application appears twice");
	}

	@Test
	void refusesATextWithoutItsRussian(@TempDir Path folder) throws IOException {
		copy(folder, "teacher-attestation.yaml", Map.of("  ru: Бесплатно физическим лицам\n", ""));
		assertThatIllegalStateException().isThrownBy(() -> YamlServiceCatalog.load(override(folder)))
			.withMessageContaining("teacher-attestation.yaml").withMessageContaining("fee");
	}

	@Test
	void refusesAnUnknownField(@TempDir Path folder) throws IOException {
		copy(folder, "teacher-attestation.yaml", Map.of("registrationPrefix: ATT", "registrationPrefix: ATT\nprice: 100"));
		assertThatIllegalStateException().isThrownBy(() -> YamlServiceCatalog.load(override(folder)))
			.withMessageContaining("price");
	}

	private static void copy(Path folder, String name, Map<String, String> replacements) throws IOException {
		String yaml = new String(PACKAGED.find("teacher-attestation.yaml").orElseThrow().read(), StandardCharsets.UTF_8);
		for (Map.Entry<String, String> replacement : replacements.entrySet()) {
			assertThat(yaml).contains(replacement.getKey());
			yaml = yaml.replace(replacement.getKey(), replacement.getValue());
		}
		Files.writeString(folder.resolve(name), yaml);
	}

	private static EditableFolder override(Path folder) {
		return EditableFolder.of(PACKAGED.packaged(), folder);
	}
}
