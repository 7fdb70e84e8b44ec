package kz.qujat.rendering.internal;

import java.io.IOException;
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
import kz.qujat.system.EditableFiles;
import kz.qujat.system.EditableFolder;
import kz.qujat.system.EditableFolder.EditableFile;
import kz.qujat.system.FileSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands each template to the {@link PdfEngine} of its file type: {@code .ftlh} is FreeMarker XHTML drawn by
 * openhtmltopdf ({@link HtmlPdfEngine}), {@code .jrxml} a JasperReports report written by OpenPDF
 * ({@link JasperEngine}). At most {@link RenderingSettings#slots()} documents are drawn at once.
 * <p>
 * At startup every template file is parsed, so a broken one, packaged or overridden, stops the service naming
 * the file, even one no issued paper names (a shared {@code _common.ftlh} is only imported while filling).
 */
@Component
class TemplateDocumentRenderer implements DocumentRenderer, EditableFiles {

	private static final Logger log = LoggerFactory.getLogger(TemplateDocumentRenderer.class);

	private final Map<String, PdfEngine> engines;
	private final EditableFolder templates;
	private final MeterRegistry meters;
	private final Semaphore slots;

	TemplateDocumentRenderer(List<PdfEngine> engines, FileSettings files, MeterRegistry meters,
			RenderingSettings settings) {
		this.engines = engines.stream()
			.collect(Collectors.toUnmodifiableMap(PdfEngine::templateType, Function.identity()));
		this.templates = files.documentTemplates();
		this.meters = meters;
		this.slots = new Semaphore(settings.slots(), true);
		log.info("Document templates: {}, {}", check(), templates.describe());
	}

	@Override
	public String name() {
		return "documents";
	}

	@Override
	public EditableFolder folder() {
		return templates;
	}

	@Override
	public String version() {
		return templatesVersion();
	}

	/** Parses every template file as it is now, even one no paper names (a shared {@code _common.ftlh}). */
	@Override
	public String check() {
		List<EditableFile> all = templateFiles();
		for (EditableFile file : all) {
			try {
				engineOf(file.name()).check(file);
			}
			catch (TemplateNotFound e) {
				throw new IllegalStateException("Template " + file + " is broken: " + e.getCause().getMessage(), e);
			}
		}
		return all.size() + " files";
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

	/** A digest of the names, origins, sizes and modification times of the template files. */
	@Override
	public String templatesVersion() {
		return templates.version(templateTypes().map(type -> "." + type).toArray(String[]::new));
	}

	/** Every file of the document templates that an engine draws. */
	private List<EditableFile> templateFiles() {
		return templateTypes().flatMap(type -> templates.list("." + type).stream()).toList();
	}

	private Stream<String> templateTypes() {
		return engines.keySet().stream().sorted();
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
