package kz.qujat.rendering.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many documents are drawn at once: {@code concurrency}, or one per processor when it is 0. Rendering is
 * pure CPU work, so more at once only adds memory in flight (each holds its page layout, fonts and PDF);
 * requests beyond it wait their turn, first come, first served.
 */
@ConfigurationProperties("qujat.rendering")
public record RenderingSettings(@DefaultValue("0") int concurrency) {

	public RenderingSettings {
		if (concurrency < 0) {
			throw new IllegalArgumentException("qujat.rendering.concurrency must be 0 (one per processor) or more, not "
					+ concurrency);
		}
	}

	int slots() {
		return concurrency == 0 ? Runtime.getRuntime().availableProcessors() : concurrency;
	}
}
