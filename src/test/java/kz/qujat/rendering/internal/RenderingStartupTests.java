package kz.qujat.rendering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import kz.qujat.rendering.TemplateNotFound;
import kz.qujat.system.FileSettings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing or unusable font or template stops the service at startup, saying which and why. */
class RenderingStartupTests {

	private static final Path FONTS = Path.of("fonts");

	@Test
	void theShippedFontsCoverKazakhInEveryStyle() {
		assertThat(FontLibrary.load(FONTS)).extracting(FontLibrary.FontFile::describe)
			.contains("Liberation Serif 400 (LiberationSerif-Regular.ttf)", "Liberation Serif 700 (LiberationSerif-Bold.ttf)",
					"Liberation Serif 400 italic (LiberationSerif-Italic.ttf)");
	}

	@Test
	void refusesAMissingFontsFolder(@TempDir Path folder) {
		assertThatIllegalStateException().isThrownBy(() -> FontLibrary.load(folder.resolve("fonts")))
			.withMessageContaining("fonts folder").withMessageContaining("is missing");
	}

	@Test
	void refusesAFontsFolderWithoutFonts(@TempDir Path folder) {
		assertThatIllegalStateException().isThrownBy(() -> FontLibrary.load(folder)).withMessageContaining("has no .ttf font");
	}

	@Test
	void refusesSomethingThatIsNotAFont(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("broken.ttf"), "not a font");
		assertThatThrownBy(() -> FontLibrary.load(folder)).hasMessageContaining("broken.ttf");
	}

	@Test
	void refusesAMissingTemplatesFolder(@TempDir Path folder) {
		assertThatIllegalStateException().isThrownBy(() -> new FreemarkerDocuments(new FileSettings(folder, FONTS)))
			.withMessageContaining("document templates folder").withMessageContaining("is missing");
	}

	@Test
	void refusesAMissingOrBrokenTemplate(@TempDir Path folder) throws Exception {
		Files.createDirectories(folder.resolve("documents"));
		Files.writeString(folder.resolve("documents/broken.ftlh"), "<#if>");
		FileSettings files = new FileSettings(folder, FONTS);
		FontLibrary fonts = new FontLibrary(files);
		TemplateDocumentRenderer renderer = new TemplateDocumentRenderer(List.of(
				new HtmlPdfEngine(new FreemarkerDocuments(files), fonts, files), new JasperEngine(files, fonts)), files,
				new SimpleMeterRegistry(), new RenderingSettings(0));

		assertThatThrownBy(() -> renderer.requireTemplate("receipt.ftlh")).isInstanceOf(TemplateNotFound.class)
			.hasMessageContaining("receipt.ftlh");
		assertThatThrownBy(() -> renderer.requireTemplate("broken.ftlh")).isInstanceOf(TemplateNotFound.class);
		assertThatThrownBy(() -> renderer.requireTemplate("receipt.docx")).isInstanceOf(TemplateNotFound.class);
		assertThatThrownBy(() -> renderer.requireTemplate("journal.jrxml")).isInstanceOf(TemplateNotFound.class);
		Files.writeString(folder.resolve("documents/broken.jrxml"), "<jasperReport name=\"broken\"><detail>");
		assertThatThrownBy(() -> renderer.requireTemplate("broken.jrxml")).isInstanceOf(TemplateNotFound.class);
	}
}
