package kz.qujat.rendering;

import kz.qujat.rendering.internal.QrCodes;

import com.google.zxing.common.BitMatrix;

/** A QR code as a picture for a web page: the same symbol a paper prints, as SVG, one module a unit. */
public final class QrCodePictures {

	private QrCodePictures() {
	}

	/** {@code value}'s QR code as an SVG document, quiet zone included; it scales to any size crisply. */
	public static String svg(String value) {
		BitMatrix matrix = QrCodes.encode(value);
		StringBuilder path = new StringBuilder();
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
				path.append('M').append(start).append(' ').append(row).append('h').append(column - start).append("v1h-")
					.append(column - start).append('z');
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
				+ path + "\"/></svg>";
	}
}
