package kz.qujat.rendering.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
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
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * JasperReports for the tabular documents ({@code .jrxml} under {@code templates/documents}, packaged or the
 * operator's override): each report is compiled once and again only when its file changes or is overridden; OpenPDF writes the PDF with the fonts of
 * {@link FontLibrary} embedded, and PDFBox makes it PDF/A-3b ({@link ArchivalPdf}) like every other paper. The
 * model's {@code rows} (records or maps) are the data source; every other model entry is a parameter of the same
 * name (a list of records as a list of maps, for a list component's {@code JRMapCollectionDataSource}), and
 * {@code qr} a QR code of {@code verification.url}.
 */
@Component
class JasperEngine implements PdfEngine {

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
		JRDataSource rows = model.get("rows") instanceof Collection<?> list ? rows(list) : new JREmptyDataSource(1);
		byte[] drawn;
		try {
			JasperPrint print = JasperFillManager.getInstance(context).fill(report, parameters, rows);
			JRPdfExporter exporter = new JRPdfExporter(context);
			exporter.setExporterInput(new SimpleExporterInput(print));
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
			SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
			configuration.setCompressed(true);
			exporter.setConfiguration(configuration);
			exporter.exportReport();
			drawn = out.toByteArray();
		}
		catch (JRException e) {
			throw new IllegalStateException("report " + name + " could not be filled or exported", e);
		}
		// Jasper's own PDF/A mode was tried: it leaves OpenPDF's CIDSets, wants the profile by path and writes an
		// XMP without the titles in kk and ru or the code, so PDFBox would have to follow it all the same
		try (PDDocument pdf = Loader.loadPDF(drawn)) {
			ArchivalPdf.conform(pdf);
			ArchivalPdf.finish(pdf, job.metadata(), job.attachments());
			ByteArrayOutputStream out = new ByteArrayOutputStream(drawn.length + 8 * 1024);
			pdf.save(out);
			return out.toByteArray();
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

	/** Records become maps of their components, so templates read {@code $F{name}} of either. */
	private static JRDataSource rows(Collection<?> rows) {
		List<Map<String, ?>> maps = rows.stream().map(JasperEngine::asMap).toList();
		return new JRMapCollectionDataSource(List.copyOf(maps));
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
