package kz.qujat.rendering;

import kz.qujat.system.Failure;

/** A template the product needs is missing or broken in {@code templates/documents}. */
public class TemplateNotFound extends Failure {

	public TemplateNotFound(String template, Throwable cause) {
		super(Kind.UNAVAILABLE, "template-not-found", null, "template " + template + " is missing or broken", cause,
				template);
	}
}
