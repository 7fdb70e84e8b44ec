package kz.qujat.support;

import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.ResultPoint;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

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

	/**
	 * The text of the QR code on a page rendered at {@code dpi}, as a scanning app would read it: ZXing's
	 * local-threshold binarizer first, then its global one, as ZXing's own web decoder does; with each, its plain
	 * QR reader, then its multi-code reader, which tries every triple of finder-pattern candidates rather than the
	 * three likeliest. The plain reader alone misses about one clean code in a thousand, taking a run of modules
	 * that looks like a finder pattern for one (zbar reads those codes, and so does the multi-code reader).
	 */
	public static String qrCode(byte[] pdf, int page, int dpi) {
		return qrCode(image(pdf, page, dpi)).getText();
	}

	/** The QR code on a page image, read as {@link #qrCode(byte[], int, int)} reads one. */
	public static Result qrCode(BufferedImage image) {
		LuminanceSource pixels = new BufferedImageLuminanceSource(image);
		Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		ReaderException failure = null;
		for (Binarizer binarizer : List.of(new HybridBinarizer(pixels), new GlobalHistogramBinarizer(pixels))) {
			BinaryBitmap bitmap = new BinaryBitmap(binarizer);
			try {
				return new QRCodeReader().decode(bitmap, hints);
			}
			catch (NotFoundException | ChecksumException | FormatException e) {
				failure = e;
			}
			try {
				return new QRCodeMultiReader().decodeMultiple(bitmap, hints)[0];
			}
			catch (NotFoundException e) {
				failure = e;
			}
		}
		throw new AssertionError("no readable QR code in a " + image.getWidth() + "×" + image.getHeight() + " image", failure);
	}

	/** The image blurred by a 3×3 box filter, as a slightly unfocused phone camera sees a page. */
	public static BufferedImage blurred(BufferedImage image) {
		float ninth = 1f / 9;
		return new ConvolveOp(new Kernel(3, 3, new float[] { ninth, ninth, ninth, ninth, ninth, ninth, ninth, ninth, ninth }),
				ConvolveOp.EDGE_NO_OP, null).filter(image, null);
	}

	/**
	 * The QR code on a page as printed: its text, its error correction level, the side of the symbol without its
	 * quiet zone in millimetres, and whether four modules around it are blank. The side is measured between the
	 * centres of the finder patterns, which stand 3.5 modules in from the symbol's edges.
	 */
	public static QrCodePrinted qrCodePrinted(byte[] pdf, int page, int dpi) {
		BufferedImage image = image(pdf, page, dpi);
		Result result = qrCode(image);
		ResultPoint[] points = result.getResultPoints();
		ResultPoint bottomLeft = points[0];
		ResultPoint topLeft = points[1];
		ResultPoint topRight = points[2];
		int modules;
		try {
			modules = Encoder.encode(result.getText(),
					ErrorCorrectionLevel.valueOf((String) result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)))
				.getVersion()
				.getDimensionForVersion();
		}
		catch (WriterException e) {
			throw new AssertionError("the decoded text cannot be encoded again", e);
		}
		double across = ResultPoint.distance(topLeft, topRight) / (modules - 7);
		double down = ResultPoint.distance(topLeft, bottomLeft) / (modules - 7);
		double module = (across + down) / 2;
		double left = topLeft.getX() - 3.5 * module;
		double top = topLeft.getY() - 3.5 * module;
		double side = modules * module;
		boolean blank = true;
		for (int y = (int) Math.floor(top - 4 * module); y <= Math.ceil(top + side + 4 * module); y++) {
			for (int x = (int) Math.floor(left - 4 * module); x <= Math.ceil(left + side + 4 * module); x++) {
				boolean inQuietZone = x < left - module / 2 || x > left + side + module / 2 || y < top - module / 2
						|| y > top + side + module / 2;
				if (inQuietZone && (x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight()
						|| (image.getRaster().getSample(x, y, 0) < 160))) {
					blank = false;
				}
			}
		}
		return new QrCodePrinted(result.getText(),
				(String) result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL),
				side / dpi * 25.4, modules, blank);
	}

	/** A QR code as {@link #qrCodePrinted} measured it. */
	public record QrCodePrinted(String text, String errorCorrection, double millimetres, int modules,
			boolean quietZoneBlank) {
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

	/**
	 * What veraPDF finds wrong with the PDF as PDF/A-3b: one line per failed rule (clause, test number, what it
	 * checks, how often), empty for a conforming file.
	 */
	public static List<String> pdfA3bFailures(byte[] pdf) {
		VeraGreenfieldFoundryProvider.initialise();
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
			ValidationResult result = validator.validate(parser);
			Map<String, Long> failed = result.getTestAssertions().stream()
				.filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.collect(Collectors.groupingBy(assertion -> assertion.getRuleId().getClause() + "-"
						+ assertion.getRuleId().getTestNumber() + " " + assertion.getMessage(), TreeMap::new,
						Collectors.counting()));
			List<String> failures = new ArrayList<>();
			failed.forEach((rule, times) -> failures.add(rule + " (" + times + "×)"));
			if (failures.isEmpty() && !result.isCompliant()) {
				failures.add("not compliant, no rule named");
			}
			return failures;
		}
		catch (Exception e) {
			throw new IllegalStateException("veraPDF could not read the PDF", e);
		}
	}

	/**
	 * The PDF's newest signature as PDFBox finds it and Bouncy Castle checks it, without the service's own code;
	 * null when the PDF has none.
	 */
	public static SignatureInfo signature(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = document.getLastSignatureDictionary();
			if (signature == null) {
				return null;
			}
			ContentInfo contentInfo;
			try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
				contentInfo = ContentInfo.getInstance(in.readObject());
			}
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), contentInfo);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
				.iterator().next();
			int[] range = signature.getByteRange();
			return new SignatureInfo(signature.getSubFilter(),
					IETFUtils.valueToString(certificate.getSubject().getRDNs(BCStyle.CN)[0].getFirst().getValue()),
					signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)),
					range[0] == 0 && range[2] + range[3] == pdf.length, signature.getContents().length);
		}
		catch (Exception e) {
			throw new IllegalStateException("the signature could not be read", e);
		}
	}

	/**
	 * The PDF as it was before its newest signature was appended: the bytes up to the end of the revision the
	 * signature's incremental update follows, i.e. what was rendered, for a paper signed once.
	 */
	public static byte[] beforeSignature(byte[] pdf) {
		int signed;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = document.getLastSignatureDictionary();
			if (signature == null) {
				throw new IllegalArgumentException("the PDF has no signature");
			}
			// the signature's value starts inside the update that added it, after the revision it signs
			signed = signature.getByteRange()[1];
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String text = new String(pdf, 0, signed, StandardCharsets.ISO_8859_1);
		int end = text.lastIndexOf("%%EOF") + "%%EOF".length();
		// at most one end-of-line belongs to the marker; what follows is the update
		if (end < pdf.length && pdf[end] == '\r') {
			end++;
		}
		if (end < pdf.length && pdf[end] == '\n') {
			end++;
		}
		return Arrays.copyOf(pdf, end);
	}

	/**
	 * A signature as read back.
	 *
	 * @param intact whether the CMS matches the bytes its byte range covers
	 * @param reservedBytes the room reserved for the CMS in {@code /Contents}
	 */
	public record SignatureInfo(String subFilter, String signer, boolean intact, boolean wholeDocument, int reservedBytes) {
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
