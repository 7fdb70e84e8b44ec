package kz.qujat.rendering.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The letters nearly every paper is written in, and a font cut down to them.
 * <p>
 * Each document that uses a font gets the widths of all its glyphs written in, which PDFBox then reads back, and
 * its subset is cut at save from the whole font: for Liberation Serif's 2,600 glyphs, a sixth of what a receipt
 * allocated, whatever few letters it used. A document whose text lies entirely in these letters is drawn with the
 * fonts cut down to them; any other with the whole fonts. The glyphs and their widths are the same in both, so
 * are the pages.
 */
final class CommonLetters {

	/** Inclusive ranges of code points. */
	private static final int[][] RANGES = {
		{ 0x0000, 0x007F }, // Basic Latin, with the controls XML allows (tab, line feeds), which are never drawn
		{ 0x00A0, 0x017F }, // Latin-1 Supplement and Latin Extended-A: the Latin alphabets of Europe and Kazakh's own
		{ 0x0400, 0x04FF }, // Cyrillic: Kazakh, Russian and the other Cyrillic alphabets
		{ 0x2000, 0x206F }, // General Punctuation: spaces, dashes, quotation marks, the ellipsis, the bullet
		{ 0x20A0, 0x20CF }, // Currency Symbols: the tenge
		{ 0x2100, 0x214F }, // Letterlike Symbols: the numero sign
	};

	/** What a cut font keeps beside the glyphs: what PDFBox embeds and what it reads to lay text out. */
	private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "cmap", "glyf", "loca", "hmtx",
			"name", "post", "cvt ", "fpgm", "prep", "gasp");

	private CommonLetters() {
	}

	static boolean has(int codePoint) {
		for (int[] range : RANGES) {
			if (codePoint >= range[0] && codePoint <= range[1]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether every letter of a filled template is a common one, counting those it names by a character reference
	 * ({@code &#8470;}) or, in its styles, by a CSS escape ({@code \2116}).
	 */
	static boolean cover(String xhtml) {
		int length = xhtml.length();
		for (int i = 0; i < length; i++) {
			char c = xhtml.charAt(i);
			if (c == '&' && i + 1 < length && xhtml.charAt(i + 1) == '#') {
				boolean hex = i + 2 < length && (xhtml.charAt(i + 2) == 'x' || xhtml.charAt(i + 2) == 'X');
				int start = i + (hex ? 3 : 2);
				int end = digits(xhtml, start, hex ? 16 : 10, 7);
				if (end > start && !has(Integer.parseInt(xhtml, start, end, hex ? 16 : 10))) {
					return false;
				}
			}
			else if (c == '\\') {
				int end = digits(xhtml, i + 1, 16, 6);
				if (end > i + 1 && !has(Integer.parseInt(xhtml, i + 1, end, 16))) {
					return false;
				}
			}
			else if (c >= 0x80) {
				int codePoint = xhtml.codePointAt(i);
				if (!has(codePoint)) {
					return false;
				}
				i += Character.charCount(codePoint) - 1;
			}
		}
		return true;
	}

	/** Where the digits of {@code radix} starting at {@code start} end, reading at most {@code most}. */
	private static int digits(String text, int start, int radix, int most) {
		int end = start;
		while (end < text.length() && end - start < most && Character.digit(text.charAt(end), radix) >= 0) {
			end++;
		}
		return end;
	}

	/** The font with only the glyphs of the common letters it has (and those they are drawn from), as TrueType. */
	static byte[] cut(TrueTypeFont font) throws IOException {
		TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
		CmapLookup cmap = font.getUnicodeCmapLookup();
		for (int[] range : RANGES) {
			for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
				if (cmap.getGlyphId(codePoint) != 0) {
					subsetter.add(codePoint);
				}
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		subsetter.writeToStream(out);
		return out.toByteArray();
	}
}
