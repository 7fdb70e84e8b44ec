package kz.qujat.rendering.internal;

import java.io.IOException;
import java.util.List;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * openhtmltopdf's text renderer, measuring with widths remembered across documents ({@link FontLibrary.Lease#stringWidth}).
 * Breaking lines, openhtmltopdf measures every word, and PDFBox encodes and decodes a string to measure it: a fifth
 * of what a receipt allocated. The arithmetic is {@link PdfBoxTextRenderer#getWidth}'s, so layouts stay the same;
 * what it handles otherwise (no font loaded, a letter the first font lacks) is still left to it.
 */
final class MeasuredTextRenderer extends PdfBoxTextRenderer {

	private static final float TEXT_MEASURING_DELTA = 0.01f;

	private final FontLibrary.Lease fonts;

	MeasuredTextRenderer(FontLibrary.Lease fonts) {
		this.fonts = fonts;
	}

	@Override
	public int getWidth(FontContext context, FSFont font, String string) {
		PdfBoxFSFont pdfBoxFont = (PdfBoxFSFont) font;
		PDFont first = firstLoaded(pdfBoxFont.getFontDescriptions());
		if (first == null) {
			return super.getWidth(context, font, string);
		}
		float result;
		try {
			result = fonts.stringWidth(first, printable(string)) / 1000f * pdfBoxFont.getSize2D();
		}
		catch (IllegalArgumentException | IOException e) {
			return super.getWidth(context, font, string);
		}
		if (result - Math.floor(result) < TEXT_MEASURING_DELTA) {
			return (int) result;
		}
		return (int) Math.ceil(result);
	}

	/**
	 * {@link TextRenderer#getEffectivePrintableString}, which streams the code points of every word it is given to
	 * find the two it drops (a soft hyphen, the object replacement character): 2 % of what a receipt allocated.
	 */
	static String printable(String string) {
		if (string == null || string.indexOf('\u00AD') < 0 && string.indexOf('\uFFFC') < 0) {
			return string;
		}
		return TextRenderer.getEffectivePrintableString(string);
	}

	private static PDFont firstLoaded(List<FontDescription> descriptions) {
		if (descriptions != null) {
			for (FontDescription description : descriptions) {
				if (description.getFont() != null) {
					return description.getFont();
				}
			}
		}
		return null;
	}
}
