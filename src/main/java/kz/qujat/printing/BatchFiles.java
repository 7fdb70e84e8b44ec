package kz.qujat.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.qujat.registry.IssuedDocument;
import kz.qujat.rendering.DocumentRenderer;
import kz.qujat.rendering.RenderJob;
import kz.qujat.schools.School;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.stereotype.Component;

/**
 * The one file a batch prints: a cover sheet naming the school, the time, the printer and the papers, then each
 * paper's stored PDF in turn. Printed on both sides, every part starts on a fresh sheet: a part with an odd number of
 * pages is followed by a blank one.
 */
@Component
class BatchFiles {

	static final String COVER = "print-cover.ftlh";

	private final DocumentRenderer renderer;

	BatchFiles(DocumentRenderer renderer) {
		this.renderer = renderer;
	}

	/** {@code pdfs} are the papers' stored files, in the order of {@code papers}. */
	byte[] merge(School school, Instant at, String printer, Sides sides, List<IssuedDocument> papers,
			List<byte[]> pdfs) {
		List<byte[]> parts = new ArrayList<>(pdfs.size() + 1);
		parts.add(cover(school, at, printer, papers));
		parts.addAll(pdfs);
		List<PDDocument> sources = new ArrayList<>(parts.size());
		try (PDDocument batch = new PDDocument()) {
			for (byte[] part : parts) {
				PDDocument source = Loader.loadPDF(part);
				sources.add(source);
				PDPage last = null;
				for (PDPage page : source.getPages()) {
					last = batch.importPage(page);
				}
				if (sides.twoSided() && last != null && source.getNumberOfPages() % 2 == 1) {
					batch.addPage(new PDPage(last.getMediaBox()));
				}
			}
			batch.getDocumentInformation().setTitle("Баспа топтамасы / Пакет печати: " + school.name().ru());
			ByteArrayOutputStream merged = new ByteArrayOutputStream();
			batch.save(merged);
			return merged.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not merge a print batch", e);
		}
		finally {
			for (PDDocument source : sources) {
				try {
					source.close();
				}
				catch (IOException ignored) {
					// read from memory; nothing is left open
				}
			}
		}
	}

	private byte[] cover(School school, Instant at, String printer, List<IssuedDocument> papers) {
		List<Map<String, Object>> rows = new ArrayList<>(papers.size());
		for (IssuedDocument paper : papers) {
			rows.add(Map.of("no", rows.size() + 1, "number", paper.number().toString(), "kind", paper.kind().title()));
		}
		Map<String, Object> model = Map.of("school", school, "printedAt", LocalDateTime.ofInstant(at, school.zone()),
				"printer", printer, "papers", rows, "kk", true, "ru", true, "preview", false);
		return renderer.render(new RenderJob(COVER, model,
				Map.of("Title", "Баспаға жіберілген құжаттар / Документы, отправленные на печать",
						"Author", school.name().ru())));
	}
}
