package kz.qujat.rendering;

/**
 * Turns a template under {@code templates/documents} and a model into a PDF. Which engine draws it is the
 * template's business (its file type), never the caller's.
 */
public interface DocumentRenderer {

	byte[] render(RenderJob job);

	/** Fails with {@link TemplateNotFound} unless the template exists and compiles; for startup checks. */
	void requireTemplate(String template);

	/**
	 * What the document templates are now: it changes whenever a template file is edited, added or removed, so
	 * a document that is made again only when its content changes (a poster) is also made again after that.
	 */
	String templatesVersion();
}
