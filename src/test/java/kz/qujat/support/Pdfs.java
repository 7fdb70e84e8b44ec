package kz.qujat.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a PDF contains, read back the way a person or a phone would read it. */
public final class Pdfs {

	private Pdfs() {
	}

	/** The text in reading order: top to bottom, and left to right within a line. */
	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text in the order it was drawn: each paragraph and table cell whole, however it sits on the page. */
	public static String textAsDrawn(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text of one page, counted from 1, in reading order. */
	public static String text(byte[] pdf, int page) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return stripper.getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static BufferedImage image(byte[] pdf, int page, int dpi) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text of the QR code on a page rendered at {@code dpi}, as a phone's camera would decode it. */
	public static String qrCode(byte[] pdf, int page, int dpi) {
		BufferedImage image = image(pdf, page, dpi);
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		try {
			Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
			return result.getText();
		}
		catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
			throw new AssertionError("no readable QR code on page " + (page + 1) + " at " + dpi + " dpi", e);
		}
	}

	/** The sizes, in points, at which a piece of text is printed wherever it appears. */
	public static Set<Float> fontSizesOf(byte[] pdf, String fragment) {
		Set<Float> sizes = new TreeSet<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					int at = text.indexOf(fragment);
					if (at >= 0) {
						for (int i = at; i < at + fragment.length() && i < positions.size(); i++) {
							sizes.add(Math.round(positions.get(i).getFontSizeInPt() * 10) / 10f);
						}
					}
				}
			};
			stripper.getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return sizes;
	}

	/** Every font used on the PDF's pages. */
	public static List<FontInfo> fonts(byte[] pdf) {
		List<FontInfo> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					boolean toUnicode = font.getCOSObject().containsKey(COSName.TO_UNICODE);
					boolean embedded = font instanceof PDType0Font type0 ? type0.getDescendantFont().isEmbedded() : font.isEmbedded();
					fonts.add(new FontInfo(font.getName(), embedded, toUnicode));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return fonts;
	}

	/** A font as {@code pdffonts} would list it. */
	public record FontInfo(String name, boolean embedded, boolean toUnicode) {

		/** A subset's name starts with six capitals and a plus: {@code AASIWE+LiberationSerif}. */
		public boolean subset() {
			return name.matches("[A-Z]{6}\\+.+");
		}
	}
}
