package kz.qujat.rendering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import kz.qujat.support.Pdfs;
import kz.qujat.support.Pdfs.FontInfo;
import kz.qujat.system.FileSettings;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A template may name a font family the library lacks, or none: its text is still printed, in the library's font
 * nearest its weight and style, embedded, so the paper stays PDF/A.
 */
class FontStandInTests {

	private static final String PAGE = """
			<html><head><style>%s</style></head><body>
			<p>Жұмабекова Әсел Қайратқызы, № 7</p>
			<p class="strong">Қабылданды: ұғым, іңкәр, өңір, һәм</p>
			<p class="aside">Ескерту / Примечание</p>
			</body></html>""";

	private HtmlPdfEngine engine;

	@BeforeEach
	void engine(@TempDir Path folder) throws Exception {
		Files.createDirectories(folder.resolve("documents"));
		FileSettings files = new FileSettings(folder, null);
		engine = new HtmlPdfEngine(new FreemarkerDocuments(files), new FontLibrary(files), files);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Arial", "'Times New Roman', serif", "sans-serif", "monospace", "Nosuchfont, 'Liberation Serif'" })
	void textInAFamilyTheLibraryLacksIsPrintedInTheLibrarysFontNearestItsWeightAndStyle(String family) throws Exception {
		byte[] pdf = engine.draw(PAGE.formatted("body { font-family: " + family + "; } .strong { font-weight: bold; }"
				+ " .aside { font-style: italic; }"), Map.of(), List.of());

		assertThat(Pdfs.text(pdf)).contains("Жұмабекова Әсел Қайратқызы, № 7", "Қабылданды: ұғым, іңкәр, өңір, һәм",
				"Ескерту / Примечание");
		List<FontInfo> fonts = Pdfs.fonts(pdf);
		assertThat(fonts).allMatch(FontInfo::embedded);
		assertThat(fonts).extracting(font -> font.name().substring(7))
			.containsExactlyInAnyOrder("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic");
		assertThat(Pdfs.pdfA3bFailures(pdf)).isEmpty();
	}

	@Test
	void aPageThatNamesNoFamilyIsPrintedInTheLibrarysRegularFont() throws Exception {
		byte[] pdf = engine.draw(PAGE.formatted(""), Map.of(), List.of());

		assertThat(Pdfs.text(pdf)).contains("Жұмабекова Әсел Қайратқызы, № 7", "Ескерту / Примечание");
		assertThat(Pdfs.fonts(pdf)).extracting(FontInfo::name).singleElement().asString().endsWith("+LiberationSerif");
	}

	@Test
	void aFontAskedForByItsFamilyAndStandingInForAnotherIsEmbeddedOnce() throws Exception {
		byte[] pdf = engine.draw(PAGE.formatted("body { font-family: 'Liberation Serif'; } .aside { font-family: Arial; }"),
				Map.of(), List.of());

		assertThat(Pdfs.text(pdf)).contains("Жұмабекова Әсел Қайратқызы, № 7", "Ескерту / Примечание");
		assertThat(Pdfs.fonts(pdf)).extracting(FontInfo::name).singleElement().asString().endsWith("+LiberationSerif");
	}
}
