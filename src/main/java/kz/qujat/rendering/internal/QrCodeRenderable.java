package kz.qujat.rendering.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/** A QR code in a Jasper report, drawn on the exporter's graphics as a vector shape ({@link QrCodes}). */
final class QrCodeRenderable extends AbstractRenderer implements Graphics2DRenderable {

	private final String value;

	QrCodeRenderable(String value) {
		this.value = value;
	}

	@Override
	public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
		graphics.setColor(Color.BLACK);
		graphics.fill(QrCodes.shape(value, area.getX(), area.getY(), Math.min(area.getWidth(), area.getHeight())));
	}
}
