package kz.qujat.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import kz.qujat.system.EditableFolder.EditableFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged files, each replaced by the override folder's file of the same name, plus the ones only it has. */
class EditableFolderTests {

	@Test
	void withoutAnOverrideFolderEveryFileIsThePackagedOne() throws IOException {
		EditableFolder catalog = new FileSettings(null, null).catalog();

		assertThat(catalog.list(".yaml")).extracting(EditableFile::name).containsExactly(
				"additional-education-admission.yaml", "education-duplicates.yaml", "home-schooling.yaml",
				"school-admission.yaml", "teacher-attestation.yaml");
		assertThat(catalog.list(".yaml")).noneMatch(EditableFile::overridden);
		assertThat(text(catalog.find("school-admission.yaml").orElseThrow())).contains("code: school-admission");
		assertThat(catalog.override()).isEmpty();
	}

	@Test
	void aFileOfTheOverrideFolderReplacesThePackagedOneOfItsName(@TempDir Path templates) throws IOException {
		Path mine = Files.writeString(Files.createDirectories(templates.resolve("catalog")).resolve("school-admission.yaml"),
				"code: school-admission # the school's own\n");
		EditableFolder catalog = new FileSettings(templates, null).catalog();

		EditableFile found = catalog.find("school-admission.yaml").orElseThrow();
		assertThat(found.overridden()).isTrue();
		assertThat(found.toString()).isEqualTo(mine.toAbsolutePath().toString());
		assertThat(text(found)).contains("the school's own");
		assertThat(catalog.list(".yaml")).hasSize(5).filteredOn(EditableFile::overridden).extracting(EditableFile::name)
			.containsExactly("school-admission.yaml");
		assertThat(catalog.find("home-schooling.yaml").orElseThrow().toString()).isEqualTo("home-schooling.yaml (packaged)");
		assertThat(catalog.describe()).isEqualTo("packaged qujat/templates/catalog, overridden by "
				+ templates.resolve("catalog").toAbsolutePath() + " [school-admission.yaml]");
	}

	@Test
	void aFileOnlyTheOverrideFolderHasIsAdded(@TempDir Path fonts) throws IOException {
		Files.writeString(fonts.resolve("School-Regular.TTF"), "a font");
		Files.writeString(fonts.resolve("README.txt"), "not a font");
		EditableFolder folder = new FileSettings(null, fonts).fontFiles();

		assertThat(folder.list(".ttf")).extracting(EditableFile::name).containsExactly("LiberationSerif-Bold.ttf",
				"LiberationSerif-BoldItalic.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-Regular.ttf",
				"School-Regular.TTF");
	}

	@Test
	void anOverrideFolderWithoutTheSubfolderLeavesThePackagedFiles(@TempDir Path templates) {
		EditableFolder calendars = new FileSettings(templates, null).calendars();

		assertThat(calendars.list(".yaml")).extracting(EditableFile::name).contains("2025.yaml", "2026.yaml", "2027.yaml");
		assertThat(calendars.list(".yaml")).noneMatch(EditableFile::overridden);
	}

	@Test
	void findsOnlyPlainFileNames(@TempDir Path templates) throws IOException {
		Files.writeString(templates.resolve("secret.yaml"), "outside catalog/");
		EditableFolder catalog = new FileSettings(templates, null).catalog();

		assertThat(catalog.find("../secret.yaml")).isEmpty();
		assertThat(catalog.find("../catalog/school-admission.yaml")).isEmpty();
		assertThat(catalog.find("nothing.yaml")).isEmpty();
	}

	@Test
	void refusesAnOverrideFolderThatIsNamedButMissing(@TempDir Path parent) {
		Path missing = parent.resolve("templates");
		assertThatIllegalArgumentException().isThrownBy(() -> new FileSettings(missing, null))
			.withMessageContaining(missing.toAbsolutePath().toString()).withMessageContaining("qujat.files.templates");
		assertThatIllegalArgumentException().isThrownBy(() -> new FileSettings(null, missing))
			.withMessageContaining("qujat.files.fonts");
	}

	private static String text(EditableFile file) throws IOException {
		return new String(file.read(), StandardCharsets.UTF_8);
	}
}
