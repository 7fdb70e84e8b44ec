package kz.qujat.rendering;

import java.util.List;
import java.util.Map;

/**
 * One document to render.
 *
 * @param template a file name under {@code templates/documents}, e.g. {@code receipt.ftlh}
 * @param model what the template reads; values are printed escaped, never evaluated
 * @param metadata what the PDF says about itself, in its document information and its XMP metadata:
 *     {@code Title} (with {@code Title.kk} and {@code Title.ru} as its language alternatives), {@code Author},
 *     {@code Subject}, {@code Keywords}, {@code Identifier}; any other key is a custom document information entry,
 *     e.g. the verification code
 * @param attachments files embedded in the PDF as its source data
 */
public record RenderJob(String template, Map<String, ?> model, Map<String, String> metadata,
		List<Attachment> attachments) {

	public RenderJob {
		model = Map.copyOf(model);
		metadata = Map.copyOf(metadata);
		attachments = List.copyOf(attachments);
	}

	public RenderJob(String template, Map<String, ?> model, Map<String, String> metadata) {
		this(template, model, metadata, List.of());
	}

	/**
	 * A file carried inside the PDF (in PDF/A-3 an associated file of relationship {@code Data}), e.g. the request
	 * a document was made from.
	 *
	 * @param name the file name, e.g. {@code request.json}
	 * @param mediaType e.g. {@code application/json}
	 */
	public record Attachment(String name, String mediaType, String description, byte[] content) {
	}
}
