package kz.qujat.rendering;

import kz.qujat.system.Failure;

/** A template could not be turned into a PDF; the cause is logged, never shown. */
public class RenderingFailed extends Failure {

	public RenderingFailed(String template, Throwable cause) {
		super(Kind.UNAVAILABLE, "rendering-failed", null, "rendering " + template + " failed", cause, template);
	}
}
