package kz.qujat.rendering.internal;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;

import org.w3c.dom.Element;

/**
 * Draws {@code <object type="image/x-qr-code" data-value="…"/>} as a QR code made of vector rectangles:
 * sharp at any print resolution, a few hundred bytes, and no image encoded and decoded on the way.
 * The symbol keeps its four-module quiet zone inside the object's box.
 */
class QrCodeObjects implements FSObjectDrawerFactory {

	static final String TYPE = "image/x-qr-code";

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4);

	@Override
	public boolean isReplacedObject(Element element) {
		return TYPE.equals(element.getAttribute("type"));
	}

	@Override
	public FSObjectDrawer createDrawer(Element element) {
		return isReplacedObject(element) ? QrCodeObjects::draw : null;
	}

	static BitMatrix encode(String value) {
		try {
			return new QRCodeWriter().encode(value, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, HINTS);
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("cannot encode a QR code of " + value.length() + " characters", e);
		}
	}

	private static Map<Shape, String> draw(Element element, double x, double y, double width, double height,
			OutputDevice device, RenderingContext context, int dotsPerPixel) {
		BitMatrix matrix = encode(element.getAttribute("data-value"));
		double module = Math.min(width, height) / matrix.getWidth();
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
				dark.append(new java.awt.geom.Rectangle2D.Double(x + start * module, y + row * module,
						(column - start) * module, module), false);
			}
		}
		device.setColor(FSRGBColor.BLACK);
		device.fill(dark);
		return null;
	}
}
