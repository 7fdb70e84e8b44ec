package kz.qujat.rendering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import kz.qujat.rendering.RenderJob;
import kz.qujat.rendering.RenderJob.Attachment;
import kz.qujat.rendering.RenderingFailed;
import kz.qujat.rendering.TemplateNotFound;
import kz.qujat.system.FileSettings;

import org.junit.jupiter.api.Test;

/** The template's file type picks the engine; a job never loses its attachments to an engine that cannot carry them. */
class PdfEngineChoiceTests {

	private static final FileSettings FILES = new FileSettings(null, null);

	private static final Attachment REQUEST = new Attachment("request.json", "application/json", "the request",
			"{}".getBytes(StandardCharsets.UTF_8));

	@Test
	void theTemplatesTypePicksTheEngine() {
		TemplateDocumentRenderer renderer = renderer(new Stub("ftlh", true), new Stub("jrxml", true));

		assertThat(renderer.render(new RenderJob("receipt.ftlh", Map.of(), Map.of()))).asString().isEqualTo("ftlh");
		assertThat(renderer.render(new RenderJob("journal.jrxml", Map.of(), Map.of()))).asString().isEqualTo("jrxml");
		assertThatThrownBy(() -> renderer.render(new RenderJob("receipt.docx", Map.of(), Map.of())))
			.isInstanceOf(TemplateNotFound.class);
		assertThatThrownBy(() -> renderer.requireTemplate("receipt")).isInstanceOf(TemplateNotFound.class);
	}

	@Test
	void anEngineThatCannotCarryAttachmentsRefusesAJobWithSome() {
		Stub plain = new Stub("ftlh", false);
		TemplateDocumentRenderer renderer = renderer(plain);

		assertThatThrownBy(() -> renderer.render(new RenderJob("receipt.ftlh", Map.of(), Map.of(), List.of(REQUEST))))
			.isInstanceOf(RenderingFailed.class);
		assertThat(plain.rendered).hasValue(0);
		assertThat(renderer.render(new RenderJob("receipt.ftlh", Map.of(), Map.of()))).asString().isEqualTo("ftlh");
	}

	private static TemplateDocumentRenderer renderer(PdfEngine... engines) {
		return new TemplateDocumentRenderer(List.of(engines), FILES, new SimpleMeterRegistry(), new RenderingSettings(1));
	}

	/** Draws its own type's name. */
	private static final class Stub implements PdfEngine {

		private final String type;
		private final boolean attachments;
		final AtomicInteger rendered = new AtomicInteger();

		Stub(String type, boolean attachments) {
			this.type = type;
			this.attachments = attachments;
		}

		@Override
		public String templateType() {
			return type;
		}

		@Override
		public void require(String template) {
		}

		@Override
		public boolean carriesAttachments() {
			return attachments;
		}

		@Override
		public byte[] render(RenderJob job) {
			rendered.incrementAndGet();
			return type.getBytes(StandardCharsets.UTF_8);
		}
	}
}
