package kz.qujat.rendering.internal;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qujat.QujatApplication;
import kz.qujat.issuance.ApplicantPapers;
import kz.qujat.issuance.IssueRequest;
import kz.qujat.rendering.DocumentRenderer;
import kz.qujat.rendering.RenderJob;
import kz.qujat.schools.StaffMember;
import kz.qujat.schools.StaffRole;
import kz.qujat.system.Bilingual;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real receipt's render job, captured from the service's own issuing path (the demo school, teacher
 * attestation, {@link #receiptRequest()}), and the means to render it again and again: what the
 * render-only benchmark measures. It also writes the same receipt as an HTML page for Chromium.
 */
public final class ReceiptFixture implements AutoCloseable {

	static final AtomicReference<RenderJob> CAPTURED = new AtomicReference<>();

	private final ConfigurableApplicationContext context;
	private final DocumentRenderer renderer;
	private final RenderJob job;

	public ReceiptFixture() {
		this.context = new SpringApplicationBuilder(QujatApplication.class, Capture.class)
			.properties("spring.datasource.url=jdbc:h2:mem:bench-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
					"logging.level.root=warn", "spring.main.banner-mode=off", "qujat.signing.keys=target/bench-keys", "server.port=0")
			.run();
		IssueRequest request = context.getBean(JsonMapper.class).readValue(receiptRequest(), IssueRequest.class);
		context.getBean(ApplicantPapers.class).issue(request, new StaffMember(UUID.fromString("00000000-0000-4000-8000-000000000002"),
				UUID.fromString("00000000-0000-4000-8000-000000000001"), "demo", "Құдайбергенова Сәуле Ерғалиқызы",
				Bilingual.of("іс жүргізуші", "делопроизводитель"), StaffRole.CLERK));
		this.job = CAPTURED.get();
		this.renderer = context.getBean(TemplateDocumentRenderer.class);
	}

	/**
	 * The receipt every part of the benchmark issues: the tests' realistic teacher-attestation receipt (all nine
	 * documents), received now rather than on the day the file was written.
	 */
	public static String receiptRequest() {
		ObjectNode receipt = (ObjectNode) JsonMapper.shared()
			.readTree(Path.of("src/test/resources/requests/teacher-attestation/receipt.json").toFile());
		receipt.remove("receivedAt");
		return receipt.toString();
	}

	public byte[] render() {
		return renderer.render(job);
	}

	/**
	 * The same receipt as an HTML page Chromium can print: the XHTML the template fills, the fonts as
	 * {@code @font-face} file URLs, the QR code as inline SVG of the same shape.
	 */
	public Path writeChromiumPage(Path directory) throws IOException {
		String xhtml = context.getBean(FreemarkerDocuments.class).fill(job.template(), job.model());
		StringBuilder fonts = new StringBuilder("<style>");
		for (Path font : List.of(Path.of("fonts/LiberationSerif-Regular.ttf"), Path.of("fonts/LiberationSerif-Bold.ttf"),
				Path.of("fonts/LiberationSerif-Italic.ttf"), Path.of("fonts/LiberationSerif-BoldItalic.ttf"))) {
			String name = font.getFileName().toString();
			fonts.append("@font-face { font-family: 'Liberation Serif'; src: url('").append(font.toAbsolutePath().toUri())
				.append("'); font-weight: ").append(name.contains("Bold") ? "bold" : "normal").append("; font-style: ")
				.append(name.contains("Italic") ? "italic" : "normal").append("; }\n");
		}
		fonts.append("</style>");
		Matcher qr = Pattern.compile("<object type=\"image/x-qr-code\"[^>]*data-value=\"([^\"]+)\"[^>]*></object>").matcher(xhtml);
		StringBuilder page = new StringBuilder();
		while (qr.find()) {
			qr.appendReplacement(page, Matcher.quoteReplacement(svg(qr.group(1))));
		}
		qr.appendTail(page);
		String html = page.toString().replaceFirst("<head>", "<head>" + fonts);
		Files.createDirectories(directory);
		return Files.writeString(directory.resolve("receipt.xhtml"), html, StandardCharsets.UTF_8);
	}

	private static String svg(String value) {
		StringBuilder path = new StringBuilder();
		double[] point = new double[6];
		for (PathIterator it = QrCodes.shape(value, 0, 0, 100).getPathIterator(null); !it.isDone(); it.next()) {
			int type = it.currentSegment(point);
			path.append(type == PathIterator.SEG_MOVETO ? "M" : type == PathIterator.SEG_CLOSE ? "Z" : "L");
			if (type != PathIterator.SEG_CLOSE) {
				path.append(String.format(Locale.ROOT, "%.3f %.3f ", point[0], point[1]));
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 100 100\" style=\"width: 24mm; height: 24mm\">"
				+ "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
	}

	@Override
	public void close() {
		context.close();
	}

	/** The real renderer, noting the last job it was given. */
	@Configuration(proxyBeanMethods = false)
	static class Capture {

		@Bean
		@Primary
		DocumentRenderer capturing(TemplateDocumentRenderer real) {
			return new DocumentRenderer() {
				@Override
				public byte[] render(RenderJob job) {
					CAPTURED.set(job);
					return real.render(job);
				}

				@Override
				public void requireTemplate(String template) {
					real.requireTemplate(template);
				}

				@Override
				public String templatesVersion() {
					return real.templatesVersion();
				}
			};
		}
	}
}
