package kz.qujat.rendering.internal;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as vector shapes, for both engines: ZXing encodes, and the dark modules become one path, filled
 * once, so a printer or a PDF viewer draws no seams between neighbouring modules. Error correction Q, so that a
 * worn, creased or blurred print still reads; the four-module quiet zone lies inside the given square. Papers give
 * it a square of 32 mm at least: a verification link needs version 3 (29 modules) or more, so the symbol itself
 * is then 32 × 29 / 37 ≈ 25 mm or more, the least a phone reads at arm's length from a page scanned at 100 dpi.
 */
public final class QrCodes {

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.Q, EncodeHintType.MARGIN, 4);

	private QrCodes() {
	}

	public static BitMatrix encode(String value) {
		try {
			return new QRCodeWriter().encode(value, BarcodeFormat.QR_CODE, 0, 0, HINTS);
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("cannot encode a QR code of " + value.length() + " characters", e);
		}
	}

	/** The dark modules of {@code value}'s QR code in the square at ({@code x}, {@code y}) of side {@code size}. */
	static Path2D shape(String value, double x, double y, double size) {
		BitMatrix matrix = encode(value);
		double module = size / matrix.getWidth();
		Path2D.Double dark = new Path2D.Double();
		for (int row = 0; row < matrix.getHeight(); row++) {
			int column = 0;
			while (column < matrix.getWidth()) {
				if (!matrix.get(column, row)) {
					column++;
					continue;
				}
				int start = column;
				while (column < matrix.getWidth() && matrix.get(column, row)) {
					column++;
				}
				dark.append(new Rectangle2D.Double(x + start * module, y + row * module, (column - start) * module, module),
						false);
			}
		}
		return dark;
	}
}
