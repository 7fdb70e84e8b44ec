package kz.qujat.rendering;

import java.util.Map;

/**
 * One document to render.
 *
 * @param template a file name under {@code templates/documents}, e.g. {@code receipt.ftlh}
 * @param model what the template reads; values are printed escaped, never evaluated
 * @param metadata the PDF's document information: {@code Title}, {@code Subject}, {@code Keywords} and any
 *     custom keys, e.g. the verification code
 */
public record RenderJob(String template, Map<String, ?> model, Map<String, String> metadata) {

	public RenderJob {
		model = Map.copyOf(model);
		metadata = Map.copyOf(metadata);
	}
}
