package kz.qujat.rendering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import kz.qujat.rendering.RenderJob;
import kz.qujat.rendering.RenderJob.Attachment;
import kz.qujat.system.FileSettings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents are drawn a bounded number at a time; the rest wait their turn and are drawn all the same. */
class RenderingConcurrencyTests {

	@Test
	void noMoreDocumentsAreDrawnAtOnceThanTheSettingAllows(@TempDir Path folder) throws Exception {
		Files.createDirectories(folder.resolve("documents"));
		Files.writeString(folder.resolve("documents/page.ftlh"), "<html><body>${text}</body></html>");
		FileSettings files = new FileSettings(folder, null);
		FontLibrary fonts = new FontLibrary(files);
		CountingEngine engine = new CountingEngine(new FreemarkerDocuments(files), fonts, files);
		TemplateDocumentRenderer renderer = new TemplateDocumentRenderer(List.of(engine, new JasperEngine(files, fonts)),
				files, new SimpleMeterRegistry(), new RenderingSettings(2));

		ExecutorService clients = Executors.newFixedThreadPool(8);
		List<Future<byte[]>> documents = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			String text = "Құжат " + i;
			documents.add(clients.submit(() -> renderer.render(new RenderJob("page.ftlh", Map.of("text", text), Map.of()))));
		}
		for (int i = 0; i < documents.size(); i++) {
			assertThat(new String(documents.get(i).get())).isEqualTo("<html><body>Құжат " + i + "</body></html>");
		}
		clients.shutdown();

		assertThat(engine.mostAtOnce.get()).isEqualTo(2);
	}

	@Test
	void aNegativeConcurrencyIsRefusedAtStartup() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RenderingSettings(-1))
			.withMessageContaining("qujat.rendering.concurrency");
		assertThat(new RenderingSettings(0).slots()).isEqualTo(Runtime.getRuntime().availableProcessors());
	}

	/** Hands back the filled XHTML after a pause, noting how many documents it was drawing at the same time. */
	static final class CountingEngine extends HtmlPdfEngine {

		final AtomicInteger now = new AtomicInteger();
		final AtomicInteger mostAtOnce = new AtomicInteger();

		CountingEngine(FreemarkerDocuments freemarker, FontLibrary fonts, FileSettings files) {
			super(freemarker, fonts, files);
		}

		@Override
		byte[] draw(String xhtml, Map<String, String> metadata, List<Attachment> attachments) {
			mostAtOnce.accumulateAndGet(now.incrementAndGet(), Math::max);
			try {
				Thread.sleep(40);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			now.decrementAndGet();
			return xhtml.getBytes(StandardCharsets.UTF_8);
		}
	}
}
