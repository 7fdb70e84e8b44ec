package kz.qujat.rendering.internal;

import java.io.IOException;

import kz.qujat.rendering.RenderJob;
import kz.qujat.system.EditableFolder.EditableFile;

/**
 * One way of drawing a template into an archival paper (PDF/A-3b, finished by {@link ArchivalPdf}), chosen by the
 * template's file type: {@link TemplateDocumentRenderer} picks the engine, so no caller knows which one drew it.
 */
interface PdfEngine {

	/** The file type of the templates it draws, without the dot, e.g. {@code ftlh}. */
	String templateType();

	/** Fails with {@link kz.qujat.rendering.TemplateNotFound} unless the template exists and compiles. */
	void require(String template);

	/**
	 * Fails with {@link kz.qujat.rendering.TemplateNotFound} unless the file, as it is now, compiles: the start-up
	 * and health check of every template file.
	 */
	default void check(EditableFile file) {
		require(file.name());
	}

	/**
	 * Whether the PDFs it draws carry a job's attachments. A job with attachments fails on an engine that says no,
	 * rather than come out without them.
	 */
	boolean carriesAttachments();

	/** The job's template filled with its model, described by its metadata, its attachments embedded. */
	byte[] render(RenderJob job) throws IOException;
}
