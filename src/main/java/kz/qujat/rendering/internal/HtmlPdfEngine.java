package kz.qujat.rendering.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.transform.TransformerException;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import kz.qujat.rendering.RenderJob.Attachment;
import kz.qujat.system.FileSettings;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF/A-3b with openhtmltopdf. It loads nothing from outside: fonts come from the {@link FontLibrary},
 * QR codes from {@link QrCodeObjects}, styles from the template itself, colours are tagged with the JDK's sRGB
 * profile. Before the one save, PDFBox writes the document information, XMP metadata that says the same in
 * the standard schemas only (so no PDF/A extension schema is needed), and the attachments as associated files.
 */
@Component
class HtmlPdfEngine {

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

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private final FontLibrary fonts;
	private final QrCodeObjects qrCodes = new QrCodeObjects();
	private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();
	private final String baseUri;

	HtmlPdfEngine(FontLibrary fonts, FileSettings files) {
		this.fonts = fonts;
		this.baseUri = files.documentTemplates().toUri().toString();
	}

	byte[] render(String xhtml, Map<String, String> metadata, List<Attachment> attachments) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
			.withHtmlContent(xhtml, baseUri)
			.useObjectDrawerFactory(qrCodes)
			.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
			.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
			.usePdfAConformance(PdfAConformance.PDFA_3_B)
			.useColorProfile(SRGB)
			.useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics)
			.withProducer("qujat");
		try (PDDocument pdf = new PDDocument(); FontLibrary.Lease leased = fonts.registerWith(builder, pdf)) {
			try (PdfBoxRenderer renderer = builder.usePDDocument(pdf).buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
			}
			PDDocumentInformation info = pdf.getDocumentInformation();
			describe(info, metadata);
			pdf.getDocumentCatalog().getMetadata().importXMPMetadata(xmp(info, metadata));
			attach(pdf, attachments, info.getCreationDate());
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			pdf.save(out);
			return out.toByteArray();
		}
	}

	private static void describe(PDDocumentInformation info, Map<String, String> metadata) {
		metadata.forEach((key, value) -> {
			switch (key) {
				case "Title" -> info.setTitle(value);
				case "Subject" -> info.setSubject(value);
				case "Keywords" -> info.setKeywords(value);
				case "Author" -> info.setAuthor(value);
				case "Title.kk", "Title.ru", "Identifier" -> {
					// XMP only: the document information has no place for them
				}
				default -> info.setCustomMetadataValue(key, value);
			}
		});
	}

	/** XMP that repeats the document information, as PDF/A requires, with the title in each language. */
	private static byte[] xmp(PDDocumentInformation info, Map<String, String> metadata) throws IOException {
		XMPMetadata xmp = XMPMetadata.createXMPMetadata();
		try {
			PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
			pdfa.setPart(PdfAConformance.PDFA_3_B.getPart());
			pdfa.setConformance(PdfAConformance.PDFA_3_B.getConformanceValue());
		}
		catch (BadFieldValueException e) {
			throw new IllegalStateException("PDF/A-3b is a valid conformance", e);
		}
		DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
		dc.setFormat("application/pdf");
		if (info.getTitle() != null) {
			dc.setTitle(info.getTitle());
			for (String language : List.of("kk", "ru")) {
				if (metadata.containsKey("Title." + language)) {
					dc.addTitle(language, metadata.get("Title." + language));
				}
			}
		}
		if (info.getAuthor() != null) {
			dc.addCreator(info.getAuthor());
		}
		if (info.getSubject() != null) {
			dc.setDescription(info.getSubject());
		}
		if (metadata.containsKey("Identifier")) {
			dc.setIdentifier(metadata.get("Identifier"));
		}
		AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
		pdf.setProducer(info.getProducer());
		if (info.getKeywords() != null) {
			pdf.setKeywords(info.getKeywords());
		}
		XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
		basic.setCreateDate(info.getCreationDate());
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(4096)) {
			new XmpSerializer().serialize(xmp, out, true);
			return out.toByteArray();
		}
		catch (TransformerException e) {
			throw new IOException("the XMP metadata could not be written", e);
		}
	}

	/** Embeds each attachment and names it among the document's associated files ({@code /AF}), as PDF/A-3 asks. */
	private static void attach(PDDocument pdf, List<Attachment> attachments, Calendar when) throws IOException {
		if (attachments.isEmpty()) {
			return;
		}
		PDDocumentCatalog catalog = pdf.getDocumentCatalog();
		COSArray associated = new COSArray();
		Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
		for (Attachment attachment : attachments) {
			PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(attachment.content()), COSName.FLATE_DECODE);
			file.setSubtype(attachment.mediaType());
			file.setSize(attachment.content().length);
			file.setCreationDate(when);
			file.setModDate(when);
			PDComplexFileSpecification specification = new PDComplexFileSpecification();
			specification.setFile(attachment.name());
			specification.setFileUnicode(attachment.name());
			specification.setFileDescription(attachment.description());
			specification.setEmbeddedFile(file);
			specification.setEmbeddedFileUnicode(file);
			specification.getCOSObject().setName(COSName.AF_RELATIONSHIP, "Data");
			files.put(attachment.name(), specification);
			associated.add(specification);
		}
		PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
		tree.setNames(files);
		PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
		names.setEmbeddedFiles(tree);
		catalog.setNames(names);
		catalog.getCOSObject().setItem(COSName.AF, associated);
	}
}
