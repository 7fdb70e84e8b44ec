package kz.qujat.rendering.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import kz.qujat.rendering.DocumentRenderer;
import kz.qujat.rendering.RenderJob;
import kz.qujat.rendering.RenderingFailed;
import kz.qujat.rendering.TemplateNotFound;
import kz.qujat.system.FileSettings;
import kz.qujat.system.Sha256;

import org.springframework.stereotype.Component;

/**
 * Hands each template to the {@link PdfEngine} of its file type: {@code .ftlh} is FreeMarker XHTML drawn by
 * openhtmltopdf ({@link HtmlPdfEngine}), {@code .jrxml} a JasperReports report written by OpenPDF
 * ({@link JasperEngine}). At most {@link RenderingSettings#slots()} documents are drawn at once.
 */
@Component
class TemplateDocumentRenderer implements DocumentRenderer {

	private final Map<String, PdfEngine> engines;
	private final Path directory;
	private final MeterRegistry meters;
	private final Semaphore slots;

	TemplateDocumentRenderer(List<PdfEngine> engines, FileSettings files, MeterRegistry meters,
			RenderingSettings settings) {
		this.engines = engines.stream()
			.collect(Collectors.toUnmodifiableMap(PdfEngine::templateType, Function.identity()));
		this.directory = files.documentTemplates();
		this.meters = meters;
		this.slots = new Semaphore(settings.slots(), true);
	}

	@Override
	public byte[] render(RenderJob job) {
		PdfEngine engine = engineOf(job.template());
		if (!job.attachments().isEmpty() && !engine.carriesAttachments()) {
			throw new RenderingFailed(job.template(),
					new UnsupportedOperationException("the engine of " + job.template() + " cannot carry attachments"));
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
			return engine.render(job);
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
		engineOf(template).require(template);
	}

	/** A digest of the names, sizes and modification times of the files in the templates folder. */
	@Override
	public String templatesVersion() {
		try (Stream<Path> files = Files.list(directory)) {
			StringBuilder listing = new StringBuilder();
			for (Path file : files.sorted().toList()) {
				listing.append(file.getFileName()).append(' ').append(Files.size(file)).append(' ')
					.append(Files.getLastModifiedTime(file).toMillis()).append('\n');
			}
			return Sha256.hex(listing.toString());
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read the templates folder " + directory, e);
		}
	}

	/** The engine of the template's file type, e.g. of {@code ftlh} for {@code receipt.ftlh}. */
	private PdfEngine engineOf(String template) {
		int dot = template.lastIndexOf('.');
		PdfEngine engine = dot < 0 ? null : engines.get(template.substring(dot + 1));
		if (engine == null) {
			throw new TemplateNotFound(template, new IllegalArgumentException("no engine renders " + template));
		}
		return engine;
	}
}
