package kz.qujat.rendering.internal;

import java.awt.Shape;
import java.util.Map;

import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;

import org.w3c.dom.Element;

/**
 * Draws {@code <object type="image/x-qr-code" data-value="…"/>} in the HTML engine as a vector QR code
 * ({@link QrCodes}): sharp at any print resolution, a few hundred bytes, no image encoded and decoded on the way.
 */
class QrCodeObjects implements FSObjectDrawerFactory {

	static final String TYPE = "image/x-qr-code";

	@Override
	public boolean isReplacedObject(Element element) {
		return TYPE.equals(element.getAttribute("type"));
	}

	@Override
	public FSObjectDrawer createDrawer(Element element) {
		return isReplacedObject(element) ? QrCodeObjects::draw : null;
	}

	private static Map<Shape, String> draw(Element element, double x, double y, double width, double height,
			OutputDevice device, RenderingContext context, int dotsPerPixel) {
		device.setColor(FSRGBColor.BLACK);
		device.fill(QrCodes.shape(element.getAttribute("data-value"), x, y, Math.min(width, height)));
		return null;
	}
}
