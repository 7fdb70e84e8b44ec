package kz.qujat.rendering.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import kz.qujat.rendering.RenderJob;
import kz.qujat.rendering.TemplateNotFound;
import kz.qujat.system.EditableFolder;
import kz.qujat.system.EditableFolder.EditableFile;
import kz.qujat.system.FileSettings;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * JasperReports for the tabular documents ({@code .jrxml} under {@code templates/documents}, packaged or the
 * operator's override): each report is compiled once and again only when its file changes or is overridden; OpenPDF writes the PDF with the fonts of
 * {@link FontLibrary} embedded, and PDFBox makes it PDF/A-3b ({@link ArchivalPdf}) like every other paper. The
 * model's {@code rows} (an {@link Iterable} of records or maps, gone through once) are the data source; every other model entry is a parameter of the same
 * name (a list of records as a list of maps, for a list component's {@code JRMapCollectionDataSource}), and
 * {@code qr} a QR code of {@code verification.url}. All but a few pages wait in a swap file while the report is
 * filled and exported, and the PDF passes from OpenPDF to PDFBox through temporary files, so that a report of
 * thousands of pages takes the memory of a few and of its finished bytes.
 */
@Component
class JasperEngine implements PdfEngine {

	/** Pages of a report kept in memory as it is filled and exported; the others wait in a swap file. */
	private static final int PAGES_IN_MEMORY = 20;

	private final SimpleJasperReportsContext context = new SimpleJasperReportsContext();
	private final EditableFolder templates;
	private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

	JasperEngine(FileSettings files, FontLibrary fonts) {
		this.templates = files.documentTemplates();
		List<FontFamily> families = fonts.jasperFamilies(context);
		context.setExtensions(FontFamily.class, families);
		// a font Jasper cannot find is an error, never a silent fallback that drops Kazakh letters
		context.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
		context.setProperty("net.sf.jasperreports.default.font.name", families.get(0).getName());
		context.setProperty("net.sf.jasperreports.default.pdf.embedded", "true");
		context.setProperty("net.sf.jasperreports.default.pdf.encoding", "Identity-H");
		// each swap file is deleted as its report is done; deleteOnExit would remember every one until the JVM ends
		context.setProperty(JRSwapFile.PROPERTY_DELETE_ON_EXIT, "false");
	}

	@Override
	public String templateType() {
		return "jrxml";
	}

	@Override
	public void require(String template) {
		report(template);
	}

	/** OpenPDF's own PDF carries none, so PDFBox embeds them as it finishes the paper. */
	@Override
	public boolean carriesAttachments() {
		return true;
	}

	@Override
	public byte[] render(RenderJob job) throws IOException {
		String name = job.template();
		Map<String, ?> model = job.model();
		JasperReport report = report(name);
		Map<String, Object> parameters = new HashMap<>();
		model.forEach((key, value) -> {
			if (!key.equals("rows")) {
				parameters.put(key, value instanceof Collection<?> list ? list.stream().map(JasperEngine::asMap).toList() : value);
			}
		});
		if (model.get("verification") instanceof Map<?, ?> verification && verification.get("url") instanceof String url) {
			parameters.put("qr", new QrCodeRenderable(url));
		}
		JRDataSource rows = model.get("rows") instanceof Iterable<?> list ? rows(list) : new JREmptyDataSource(1);
		Path work = Files.createTempDirectory("qujat-jasper-");
		try {
			Path drawn = work.resolve("drawn.pdf");
			JRSwapFileVirtualizer pages = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
					new JRSwapFile(context, work.toString(), 8 * 1024, 64), true);
			parameters.put(JRParameter.REPORT_VIRTUALIZER, pages);
			try {
				JasperPrint print = JasperFillManager.getInstance(context).fill(report, parameters, rows);
				pages.setReadOnly(true);
				JRPdfExporter exporter = new JRPdfExporter(context);
				exporter.setExporterInput(new SimpleExporterInput(print));
				exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(drawn.toFile()));
				SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
				configuration.setCompressed(true);
				exporter.setConfiguration(configuration);
				exporter.exportReport();
			}
			catch (JRException e) {
				throw new IllegalStateException("report " + name + " could not be filled or exported", e);
			}
			finally {
				pages.cleanup();
			}
			// Jasper's own PDF/A mode was tried: it leaves OpenPDF's CIDSets, wants the profile by path and writes an
			// XMP without the titles in kk and ru or the code, so PDFBox would have to follow it all the same
			Path finished = work.resolve("finished.pdf");
			try (PDDocument pdf = Loader.loadPDF(drawn.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
				ArchivalPdf.conform(pdf);
				ArchivalPdf.finish(pdf, job.metadata(), job.attachments());
				pdf.save(finished.toFile());
			}
			// read from a file of known size, the paper is one array of its exact length, never a growing buffer's copy
			return Files.readAllBytes(finished);
		}
		finally {
			FileSystemUtils.deleteRecursively(work);
		}
	}

	private JasperReport report(String name) {
		EditableFile file = templates.find(name)
			.orElseThrow(() -> new TemplateNotFound(name, new IllegalArgumentException("no such template in " + templates)));
		String version;
		try {
			version = file + " " + file.lastModified();
		}
		catch (IOException e) {
			throw new TemplateNotFound(name, e);
		}
		Compiled known = compiled.get(name);
		if (known != null && known.version().equals(version)) {
			return known.report();
		}
		try (InputStream in = file.open()) {
			JasperReport report = JasperCompileManager.getInstance(context).compile(in);
			compiled.put(name, new Compiled(report, version));
			return report;
		}
		catch (IOException | JRException | RuntimeException e) {
			// Jasper reports malformed XML with unchecked exceptions of its own
			throw new TemplateNotFound(name, e);
		}
	}

	/**
	 * Rows as they come, each record a map of its components, so templates read {@code $F{name}} of either; taken
	 * one at a time, so that rows read from the registry as the report is filled are never all held at once.
	 */
	private static JRDataSource rows(Iterable<?> rows) {
		Iterator<?> each = rows.iterator();
		return new JRDataSource() {

			private Map<String, ?> row;

			@Override
			public boolean next() {
				row = each.hasNext() ? asMap(each.next()) : null;
				return row != null;
			}

			@Override
			public Object getFieldValue(JRField field) {
				return row.get(field.getName());
			}
		};
	}

	private static Map<String, ?> asMap(Object row) {
		if (row instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, value) -> copy.put(String.valueOf(key), value));
			return copy;
		}
		if (row instanceof Record record) {
			Map<String, Object> map = new LinkedHashMap<>();
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				try {
					map.put(component.getName(), component.getAccessor().invoke(record));
				}
				catch (ReflectiveOperationException e) {
					throw new IllegalStateException("cannot read " + component.getName() + " of a report row", e);
				}
			}
			return map;
		}
		throw new IllegalArgumentException("a report row is a record or a map, not " + row.getClass());
	}

	/** A compiled report and the version (which file, when it changed) it was compiled from. */
	private record Compiled(JasperReport report, String version) {
	}
}
