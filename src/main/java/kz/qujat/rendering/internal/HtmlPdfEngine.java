package kz.qujat.rendering.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import kz.qujat.rendering.RenderJob.Attachment;
import kz.qujat.rendering.RenderJob;
import kz.qujat.system.EditableFolder.EditableFile;
import kz.qujat.system.FileSettings;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * The engine of the {@code .ftlh} templates: {@link FreemarkerDocuments} fills them into XHTML, openhtmltopdf
 * draws that as PDF/A-3b. It loads nothing from outside: fonts come from the {@link FontLibrary}, QR codes from
 * {@link QrCodeObjects}, styles from the template itself, colours are tagged with the JDK's sRGB profile. Before
 * the one save, {@link ArchivalPdf} describes the document and embeds its attachments.
 */
@Component
class HtmlPdfEngine implements PdfEngine {

	static {
		Slf4jXRLogger.install();
		// A document asks for XML factories several times (XHTML parsing, XMP by openhtmltopdf and by us). Unnamed,
		// each request scans every jar of the class path for a provider and, since none ships one, ends with the
		// JDK's own: 4 % of a receipt's time. Naming the JDK's own skips the scan and changes nothing else.
		System.getProperties().putIfAbsent("javax.xml.parsers.SAXParserFactory",
				"com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
		System.getProperties().putIfAbsent("javax.xml.parsers.DocumentBuilderFactory",
				"com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
		System.getProperties().putIfAbsent("javax.xml.transform.TransformerFactory",
				"com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
	}

	/**
	 * {@code PdfBoxRenderer._pdfAConformance}, which the renderer reads once more only as it writes the PDF, to build
	 * openhtmltopdf's own XMP metadata: an extension schema in eight {@code XMPMetadata} objects, serialized through
	 * a fresh DOM and transformer, 7 % of a receipt's CPU and 0.6 MB of what it allocates, all of it then
	 * replaced by {@link ArchivalPdf#finish}. The output device and the font resolver take PDF/A from the builder as
	 * the renderer is made, so setting it to NONE after that skips the XMP alone. Null should a later openhtmltopdf
	 * name it otherwise: its XMP is then built and replaced as before.
	 */
	static final VarHandle RENDERER_CONFORMANCE = PrivateFields.find(PdfBoxRenderer.class, "_pdfAConformance", PdfAConformance.class);

	private final FreemarkerDocuments freemarker;
	private final FontLibrary fonts;
	private final QrCodeObjects qrCodes = new QrCodeObjects();
	private final XhtmlParsers parsers = new XhtmlParsers();
	private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();
	private final String baseUri;
	private final KeptStylesheets styles;

	HtmlPdfEngine(FreemarkerDocuments freemarker, FontLibrary fonts, FileSettings files) {
		this.freemarker = freemarker;
		this.fonts = fonts;
		// nothing outside the document is ever loaded (see draw): the base is only there to be a valid URL
		this.baseUri = String.valueOf(HtmlPdfEngine.class.getClassLoader().getResource(files.documentTemplates().packaged() + "/"));
		this.styles = new KeptStylesheets(baseUri);
	}

	@Override
	public String templateType() {
		return "ftlh";
	}

	@Override
	public void require(String template) {
		freemarker.template(template);
	}

	/** Parsed from the file itself: FreeMarker's cache looks for edits only every few seconds. */
	@Override
	public void check(EditableFile file) {
		freemarker.parse(file);
	}

	@Override
	public boolean carriesAttachments() {
		return true;
	}

	@Override
	public byte[] render(RenderJob job) throws IOException {
		return draw(freemarker.fill(job.template(), job.model()), job.metadata(), job.attachments());
	}

	/** Draws filled XHTML. */
	byte[] draw(String xhtml, Map<String, String> metadata, List<Attachment> attachments) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
			.withW3cDocument(parsers.parse(xhtml), baseUri)
			.useNamespaceHandler(styles)
			.useObjectDrawerFactory(qrCodes)
			.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
			.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
			.usePdfAConformance(ArchivalPdf.CONFORMANCE)
			.useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics)
			.withProducer(ArchivalPdf.PRODUCER);
		try (PDDocument pdf = new PDDocument(); FontLibrary.Lease leased = fonts.lease(pdf, xhtml)) {
			try (PdfBoxRenderer renderer = builder.usePDDocument(pdf).buildPdfRenderer()) {
				if (RENDERER_CONFORMANCE != null) {
					RENDERER_CONFORMANCE.set(renderer, PdfAConformance.NONE);
				}
				renderer.getSharedContext().setFontResolver(leased.resolver(renderer.getSharedContext(), fontMetrics));
				renderer.getSharedContext().setTextRenderer(new MeasuredTextRenderer(leased));
				renderer.layout();
				renderer.createPDFWithoutClosing();
			}
			ArchivalPdf.declareSrgb(pdf);
			ArchivalPdf.finish(pdf, metadata, attachments);
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			pdf.save(out);
			return out.toByteArray();
		}
	}
}
