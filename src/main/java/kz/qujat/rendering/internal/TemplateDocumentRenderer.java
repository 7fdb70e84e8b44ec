package kz.qujat.rendering.internal;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import kz.qujat.rendering.DocumentRenderer;
import kz.qujat.rendering.RenderJob;
import kz.qujat.rendering.RenderingFailed;
import kz.qujat.rendering.TemplateNotFound;

import org.springframework.stereotype.Component;

/**
 * Picks the engine by the template's type: {@code .ftlh} is FreeMarker XHTML drawn by openhtmltopdf,
 * {@code .jrxml} a JasperReports report written by OpenPDF. At most {@link RenderingSettings#slots()} documents
 * are drawn at once.
 */
@Component
class TemplateDocumentRenderer implements DocumentRenderer {

	private final FreemarkerDocuments freemarker;
	private final HtmlPdfEngine html;
	private final JasperEngine jasper;
	private final MeterRegistry meters;
	private final Semaphore slots;

	TemplateDocumentRenderer(FreemarkerDocuments freemarker, HtmlPdfEngine html, JasperEngine jasper,
			MeterRegistry meters, RenderingSettings settings) {
		this.freemarker = freemarker;
		this.html = html;
		this.jasper = jasper;
		this.meters = meters;
		this.slots = new Semaphore(settings.slots(), true);
	}

	@Override
	public byte[] render(RenderJob job) {
		boolean report = isJasper(job.template());
		if (!report) {
			requireHtmlTemplate(job.template());
		}
		try {
			slots.acquire();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new RenderingFailed(job.template(), e);
		}
		Timer.Sample sample = Timer.start(meters);
		try {
			return report ? jasper.render(job.template(), job.model(), job.metadata(), job.attachments())
					: html.render(freemarker.fill(job.template(), job.model()), job.metadata(), job.attachments());
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RenderingFailed failed) {
				throw failed;
			}
			throw new RenderingFailed(job.template(), e);
		}
		finally {
			slots.release();
			sample.stop(Timer.builder("qujat.render").tag("template", job.template())
				.description("time to turn a template into a PDF").register(meters));
		}
	}

	@Override
	public void requireTemplate(String template) {
		if (isJasper(template)) {
			jasper.require(template);
			return;
		}
		requireHtmlTemplate(template);
		freemarker.template(template);
	}

	@Override
	public String templatesVersion() {
		return freemarker.templatesVersion();
	}

	private static boolean isJasper(String template) {
		return template.endsWith(".jrxml");
	}

	private static void requireHtmlTemplate(String template) {
		if (!template.endsWith(".ftlh")) {
			throw new TemplateNotFound(template, new IllegalArgumentException("no engine renders " + template));
		}
	}
}
