package kz.qujat.rendering.internal;

import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.util.List;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * openhtmltopdf's text renderer, measuring with widths remembered across documents ({@link FontLibrary.Lease#stringWidth}).
 * Breaking lines, openhtmltopdf measures every word, and PDFBox encodes and decodes a string to measure it: a fifth
 * of what a receipt allocated. The arithmetic is {@link PdfBoxTextRenderer#getWidth}'s, so layouts stay the same;
 * what it handles otherwise (no font loaded, a letter the first font lacks) is still left to it.
 * <p>
 * Drawing, openhtmltopdf's output device measures each string once more only to learn whether its first font has
 * every letter of it (a tenth of what a receipt allocated); {@link #drawString} asks the same of the remembered
 * widths and then draws as the device would have. The device keeps its current font to itself, so it is read
 * from the device's field; should a later openhtmltopdf name it otherwise, the device measures again as before.
 */
final class MeasuredTextRenderer extends PdfBoxTextRenderer {

	private static final float TEXT_MEASURING_DELTA = 0.01f;

	/** {@code PdfBoxFastOutputDevice._font}, the font {@code setFont} gave it; null if openhtmltopdf renamed it. */
	static final VarHandle DEVICE_FONT = PrivateFields.find(PdfBoxFastOutputDevice.class, "_font", PdfBoxFSFont.class);

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
		Float width = widthIn(first, printable(string));
		if (width == null) {
			return super.getWidth(context, font, string);
		}
		float result = width / 1000f * pdfBoxFont.getSize2D();
		if (result - Math.floor(result) < TEXT_MEASURING_DELTA) {
			return (int) result;
		}
		return (int) Math.ceil(result);
	}

	@Override
	public void drawString(OutputDevice device, String string, float x, float y) {
		drawString(device, string, x, y, null);
	}

	/** What {@code PdfBoxFastOutputDevice.drawString} does when the first font has every letter of the string. */
	@Override
	public void drawString(OutputDevice device, String string, float x, float y, JustificationInfo info) {
		if (DEVICE_FONT != null && device instanceof PdfBoxFastOutputDevice fast
				&& DEVICE_FONT.get(fast) instanceof PdfBoxFSFont font && !font.getFontDescriptions().isEmpty()) {
			FontDescription first = font.getFontDescriptions().get(0);
			String printable = printable(string);
			if (first.getFont() != null && widthIn(first.getFont(), printable) != null) {
				fast.drawStringFast(printable, x, y, info, first, font.getSize2D());
				return;
			}
		}
		super.drawString(device, string, x, y, info);
	}

	/** The string's remembered width in the font (1/1000 em); null if the font lacks one of its letters. */
	private Float widthIn(PDFont font, String string) {
		try {
			return fonts.stringWidth(font, string);
		}
		catch (IllegalArgumentException | IOException e) {
			return null;
		}
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
