package kz.qujat.rendering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kz.qujat.system.KazakhAlphabet;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Without hinting a font is much smaller and draws every glyph exactly as before, at the same width. */
class TrueTypeHintingTests {

	@ParameterizedTest
	@ValueSource(strings = { "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
			"LiberationSerif-BoldItalic.ttf" })
	void everyGlyphKeepsItsOutlineAndWidthAndLosesItsInstructions(String file) throws IOException {
		byte[] hinted = Files.readAllBytes(Path.of("fonts", file));
		byte[] unhinted = TrueTypeHinting.strip(hinted);

		assertThat(unhinted.length).isLessThan(hinted.length * 3 / 4);
		try (TrueTypeFont before = parse(hinted); TrueTypeFont after = parse(unhinted)) {
			assertThat(after.getTableMap()).doesNotContainKeys("fpgm", "prep", "cvt ", "hdmx")
				.containsKeys("cmap", "name", "post", "OS/2", "hmtx", "glyf", "loca");
			assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
			assertThat(after.getMaximumProfile().getMaxSizeOfInstructions()).isZero();
			int composites = 0;
			for (int gid = 0; gid < before.getNumberOfGlyphs(); gid++) {
				GlyphData original = before.getGlyph().getGlyph(gid);
				GlyphData stripped = after.getGlyph().getGlyph(gid);
				assertThat(after.getAdvanceWidth(gid)).as("width of glyph %d", gid).isEqualTo(before.getAdvanceWidth(gid));
				if (original == null) {
					assertThat(stripped).isNull();
					continue;
				}
				composites += original.getDescription().isComposite() ? 1 : 0;
				assertThat(segments(stripped.getPath())).as("outline of glyph %d", gid).isEqualTo(segments(original.getPath()));
			}
			assertThat(composites).as("composite glyphs checked").isPositive();
			for (int letter : (KazakhAlphabet.LETTERS + KazakhAlphabet.SIGNS).codePoints().toArray()) {
				assertThat(after.getUnicodeCmapLookup().getGlyphId(letter))
					.isEqualTo(before.getUnicodeCmapLookup().getGlyphId(letter)).isPositive();
			}
		}
	}

	private static TrueTypeFont parse(byte[] font) throws IOException {
		return new TTFParser().parse(new RandomAccessReadBuffer(font));
	}

	/** A path as its segments' types and coordinates, comparable with equals. */
	private static List<String> segments(GeneralPath path) {
		List<String> segments = new ArrayList<>();
		double[] points = new double[6];
		for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
			int type = it.currentSegment(points);
			segments.add(type + ":" + points[0] + "," + points[1] + "," + points[2] + "," + points[3]);
		}
		return segments;
	}
}
