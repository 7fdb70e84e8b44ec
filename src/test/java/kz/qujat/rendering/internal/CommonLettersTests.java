package kz.qujat.rendering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

import kz.qujat.support.Pdfs;
import kz.qujat.system.FileSettings;
import kz.qujat.system.KazakhAlphabet;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Papers in the common letters are drawn with fonts cut down to them; any other letter brings the whole fonts. */
class CommonLettersTests {

	@Test
	void kazakhRussianAndLatinTextIsCommonAndAnyOtherLetterIsNot() {
		assertThat(CommonLetters.cover(KazakhAlphabet.LETTERS + KazakhAlphabet.SIGNS + " Zhuldyz Şäkenqyzy, «№ 7» – … €₸"))
			.isTrue();
		assertThat(CommonLetters.cover("<p style=\"margin: 0\">Ахмет\tӘлия\r\n</p>")).isTrue();
		assertThat(CommonLetters.cover("Ωмега")).as("Greek").isFalse();
		assertThat(CommonLetters.cover("Әлия \uD83D\uDE00")).as("an emoji, two chars").isFalse();
		assertThat(CommonLetters.cover("Ǵ")).as("Latin Extended-B").isFalse();
	}

	@Test
	void lettersNamedByReferenceOrEscapeCountAsWell() {
		assertThat(CommonLetters.cover("&#8470; &#x2116; &#X2116; &amp; &lt;b&gt;")).isTrue();
		assertThat(CommonLetters.cover("a &#937; b")).isFalse();
		assertThat(CommonLetters.cover("a &#x3a9; b")).isFalse();
		assertThat(CommonLetters.cover("<style>li::before { content: \"\\2116\"; }</style>")).isTrue();
		assertThat(CommonLetters.cover("<style>li::before { content: \"\\3A9 \"; }</style>")).isFalse();
		assertThat(CommonLetters.cover("C:\\path\\ and a lone &# or \\")).as("no digits, nothing named").isTrue();
	}

	@Test
	void aCutFontHasEveryKazakhLetterWithTheWholeFontsWidthsInAFractionOfItsGlyphs(@TempDir Path folder) throws IOException {
		for (FontLibrary.FontFile font : FontLibrary.load(new FileSettings(folder, null).fontFiles())) {
			try (TrueTypeFont whole = new TTFParser().parse(new RandomAccessReadBuffer(font.bytes()));
					TrueTypeFont cut = new TTFParser().parse(new RandomAccessReadBuffer(font.common()));
					PDDocument document = new PDDocument()) {
				assertThat(cut.getNumberOfGlyphs()).as(font.name()).isLessThan(whole.getNumberOfGlyphs() / 3);
				assertThat(cut.getNaming().getFontFamily()).isEqualTo(font.family());
				PDFont wholeFont = PDType0Font.load(document, whole, true);
				PDFont cutFont = PDType0Font.load(document, cut, true);
				for (int letter : (KazakhAlphabet.LETTERS + KazakhAlphabet.SIGNS + "AZaz09 .,;:!?()\"'").codePoints().toArray()) {
					String text = Character.toString(letter);
					assertThat(cutFont.getStringWidth(text)).as("%s in %s", text, font.name()).isEqualTo(wholeFont.getStringWidth(text));
				}
			}
		}
	}

	@Test
	void aPaperWithALetterOutsideThemIsDrawnInTheWholeFontsAndOneWithoutInTheCutOnes(@TempDir Path folder) throws Exception {
		Files.createDirectories(folder.resolve("documents"));
		FileSettings files = new FileSettings(folder, null);
		FontLibrary fonts = new FontLibrary(files);
		HtmlPdfEngine engine = new HtmlPdfEngine(new FreemarkerDocuments(files), fonts, files);
		String page = "<html><head><style>body { font-family: 'Liberation Serif'; }</style></head><body><p>%s</p></body></html>";

		byte[] common = engine.draw(page.formatted("Жұмабекова Әсел, № 7"), Map.of(), List.of());
		byte[] greek = engine.draw(page.formatted("Жұмабекова Әсел, № 7, Ωμέγα"), Map.of(), List.of());

		assertThat(Pdfs.text(common)).contains("Жұмабекова Әсел, № 7");
		assertThat(Pdfs.text(greek)).contains("Жұмабекова Әсел, № 7, Ωμέγα").doesNotContain("#");
		FontLibrary.FontFile regular = FontLibrary.load(files.fontFiles()).stream()
			.filter(font -> font.weight() == 400 && font.style() == FontStyle.NORMAL).findFirst().orElseThrow();
		assertThat(codeDrawnFor('Ә', common)).isEqualTo(glyphOf('Ә', regular.common()));
		assertThat(codeDrawnFor('Ә', greek)).isEqualTo(glyphOf('Ә', regular.bytes())).isNotEqualTo(glyphOf('Ә', regular.common()));
	}

	/** The code a paper draws a letter with: PDFBox embeds a subset under the glyph numbers of the font it was cut from. */
	private static int codeDrawnFor(char letter, byte[] pdf) throws IOException {
		List<Integer> codes = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition text) {
				if (text.getUnicode().equals(String.valueOf(letter))) {
					codes.add(text.getCharacterCodes()[0]);
				}
			}
		};
		try (PDDocument document = Loader.loadPDF(pdf)) {
			stripper.getText(document);
		}
		assertThat(codes).as("codes drawing %s", letter).isNotEmpty().allMatch(codes.get(0)::equals);
		return codes.get(0);
	}

	private static int glyphOf(char letter, byte[] font) throws IOException {
		try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
			return ttf.getUnicodeCmapLookup().getGlyphId(letter);
		}
	}
}
