package kz.qujat.rendering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import kz.qujat.rendering.TemplateNotFound;
import kz.qujat.system.EditableFilesHealth;
import kz.qujat.system.EditableFolder;
import kz.qujat.system.FileSettings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The packaged fonts and templates, and the operator's override folders: a file there replaces the packaged one of
 * the same name or joins them, and a missing or unusable one stops the service at startup, saying which and why.
 */
class RenderingStartupTests {

	private static final FileSettings PACKAGED = new FileSettings(null, null);

	@Test
	void theShippedFontsCoverKazakhInEveryStyle() {
		assertThat(FontLibrary.load(PACKAGED.fontFiles())).extracting(FontLibrary.FontFile::describe)
			.contains("Liberation Serif 400 (LiberationSerif-Regular.ttf)", "Liberation Serif 700 (LiberationSerif-Bold.ttf)",
					"Liberation Serif 400 italic (LiberationSerif-Italic.ttf)");
	}

	@Test
	void aFontInTheOverrideFolderReplacesThePackagedOneOfItsNameOrJoinsThem(@TempDir Path fonts) throws IOException {
		copyPackagedFont("LiberationSerif-Bold.ttf", fonts.resolve("LiberationSerif-Regular.ttf"));
		copyPackagedFont("LiberationSerif-Italic.ttf", fonts.resolve("School-Italic.ttf"));

		assertThat(FontLibrary.load(new FileSettings(null, fonts).fontFiles())).extracting(FontLibrary.FontFile::describe)
			.containsExactly("Liberation Serif 700 (LiberationSerif-Bold.ttf)",
					"Liberation Serif 700 italic (LiberationSerif-BoldItalic.ttf)", "Liberation Serif 400 italic (LiberationSerif-Italic.ttf)",
					"Liberation Serif 700 (LiberationSerif-Regular.ttf)", "Liberation Serif 400 italic (School-Italic.ttf)");
	}

	@Test
	void refusesFontsWithoutAFont(@TempDir Path folder) {
		assertThatIllegalStateException().isThrownBy(() -> FontLibrary.load(EditableFolder.of("qujat/nothing", folder)))
			.withMessageContaining("have no .ttf font");
	}

	@Test
	void refusesAnOverrideThatIsNotAFontNamingIt(@TempDir Path folder) throws IOException {
		Path broken = Files.writeString(folder.resolve("broken.ttf"), "not a font");
		assertThatThrownBy(() -> new FontLibrary(new FileSettings(null, folder)))
			.hasMessageContaining(broken.toAbsolutePath().toString()).hasMessageContaining("not a usable TrueType font");
	}

	@Test
	void anOverriddenTemplateIsFilledAndImportsThePackagedCommonParts(@TempDir Path templates) throws Exception {
		Files.createDirectories(templates.resolve("documents"));
		Files.writeString(templates.resolve("documents/receipt.ftlh"), """
				<#import "_common.ftlh" as c><html><body>${school} <@c.label "қолхат" "расписка"/></body></html>""");
		FreemarkerDocuments freemarker = new FreemarkerDocuments(new FileSettings(templates, null));

		assertThat(freemarker.fill("receipt.ftlh", Map.of("school", "Мектеп №7", "kk", true, "ru", true)))
			.startsWith("<html><body>Мектеп №7 ").contains("қолхат", "расписка");
		assertThat(freemarker.template("refusal.ftlh").getSourceName()).as("a template left packaged").isEqualTo("refusal.ftlh");
	}

	@Test
	void refusesAnOverriddenTemplateThatDoesNotParseNamingIt(@TempDir Path templates) throws Exception {
		Files.createDirectories(templates.resolve("documents"));
		Path broken = Files.writeString(templates.resolve("documents/receipt.ftlh"), "<#if>");

		assertThatIllegalStateException().isThrownBy(() -> renderer(new FileSettings(templates, null)))
			.withMessageContaining(broken.toAbsolutePath().toString()).withMessageContaining("is broken");

		Files.delete(broken);
		Path brokenReport = Files.writeString(templates.resolve("documents/journal.jrxml"), "<jasperReport name=\"broken\"><detail>");
		assertThatIllegalStateException().isThrownBy(() -> renderer(new FileSettings(templates, null)))
			.withMessageContaining(brokenReport.toAbsolutePath().toString());
	}

	@Test
	void aTemplateOrFontBrokenAfterStartUpTurnsItsHealthDownNamingTheFileUntilMended(@TempDir Path templates,
			@TempDir Path fonts) throws Exception {
		Files.createDirectories(templates.resolve("documents"));
		FileSettings files = new FileSettings(templates, fonts);
		TemplateDocumentRenderer renderer = renderer(files);
		EditableFilesHealth documents = new EditableFilesHealth(renderer);
		EditableFilesHealth fontFiles = new EditableFilesHealth(new FontLibrary(files));
		assertThat(documents.health().getStatus()).isEqualTo(Status.UP);
		assertThat(documents.health().getDetails()).containsEntry("found", "9 files")
			.containsEntry("files", "packaged qujat/templates/documents, overridden by "
					+ templates.resolve("documents").toAbsolutePath());

		Path broken = Files.writeString(templates.resolve("documents/receipt.ftlh"), "<#if>");
		Health down = documents.health();
		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) down.getDetails().get("error")).contains(broken.toAbsolutePath().toString(), "is broken");
		Files.delete(broken);
		assertThat(documents.health().getStatus()).isEqualTo(Status.UP);

		Path notAFont = Files.writeString(fonts.resolve("School-Regular.ttf"), "not a font");
		Health fontsDown = fontFiles.health();
		assertThat(fontsDown.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) fontsDown.getDetails().get("error")).contains(notAFont.toAbsolutePath().toString());
	}

	@Test
	void refusesATemplateItDoesNotHaveOrCannotDraw() throws Exception {
		TemplateDocumentRenderer renderer = renderer(PACKAGED);

		assertThatThrownBy(() -> renderer.requireTemplate("certificate.ftlh")).isInstanceOf(TemplateNotFound.class)
			.hasMessageContaining("certificate.ftlh");
		assertThatThrownBy(() -> renderer.requireTemplate("receipt.docx")).isInstanceOf(TemplateNotFound.class);
		assertThatThrownBy(() -> renderer.requireTemplate("ledger.jrxml")).isInstanceOf(TemplateNotFound.class);
		assertThatThrownBy(() -> renderer.requireTemplate("../templates/documents/journal.jrxml"))
			.isInstanceOf(TemplateNotFound.class);
	}

	@Test
	void theTemplatesVersionChangesWithAnOverride(@TempDir Path templates) throws Exception {
		String packaged = renderer(PACKAGED).templatesVersion();
		assertThat(renderer(new FileSettings(templates, null)).templatesVersion()).isEqualTo(packaged);

		Files.createDirectories(templates.resolve("documents"));
		copyPackagedTemplate("passport.ftlh", templates.resolve("documents/passport.ftlh"));
		assertThat(renderer(new FileSettings(templates, null)).templatesVersion()).isNotEqualTo(packaged);
	}

	private static TemplateDocumentRenderer renderer(FileSettings files) throws Exception {
		FontLibrary fonts = new FontLibrary(files);
		return new TemplateDocumentRenderer(List.of(new HtmlPdfEngine(new FreemarkerDocuments(files), fonts, files),
				new JasperEngine(files, fonts)), files, new SimpleMeterRegistry(), new RenderingSettings(0));
	}

	private static void copyPackagedFont(String name, Path to) throws IOException {
		try (InputStream in = PACKAGED.fontFiles().find(name).orElseThrow().open()) {
			Files.copy(in, to);
		}
	}

	private static void copyPackagedTemplate(String name, Path to) throws IOException {
		try (InputStream in = PACKAGED.documentTemplates().find(name).orElseThrow().open()) {
			Files.copy(in, to);
		}
	}
}
