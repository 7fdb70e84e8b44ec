package kz.qujat.rendering.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.transform.TransformerException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import kz.qujat.rendering.RenderJob.Attachment;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes a drawn PDF an archival paper (PDF/A-3b), done with PDFBox the same way whichever engine drew it:
 * the document information, XMP metadata that says the same in the standard schemas only (so no PDF/A extension
 * schema is needed), the attachments as associated files, and for a PDF its engine left unmarked, the sRGB
 * output intent its colours are meant in.
 */
final class ArchivalPdf {

	/** The JDK's own sRGB profile: every colour either engine draws is sRGB, or grey, which any intent covers. */
	static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	/**
	 * {@link #SRGB} as the Flate stream every paper embeds, compressed once: built for each document, PDFBox's
	 * output intent parses the profile and deflates it again.
	 */
	private static final byte[] SRGB_DEFLATED = deflate(SRGB);

	/**
	 * XMP serializers kept for the next paper: each one looks up and sets up an XML parser and a transformer
	 * factory when made. One paper uses one at a time (each makes a fresh DOM and transformer to serialize).
	 */
	private static final Kept<XmpSerializer> SERIALIZERS = new Kept<>(XmpSerializer::new);

	static final String PRODUCER = "qujat";

	/** What every paper conforms to, whichever engine drew it. */
	static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_3_B;

	private ArchivalPdf() {
	}

	/**
	 * Writes the document information and the XMP metadata from a {@link kz.qujat.rendering.RenderJob}'s
	 * {@code metadata}, keeping only the producer and creation date the engine gave, and embeds the attachments.
	 */
	static void finish(PDDocument pdf, Map<String, String> metadata, List<Attachment> attachments) throws IOException {
		PDDocumentInformation drawn = pdf.getDocumentInformation();
		PDDocumentInformation info = new PDDocumentInformation();
		info.setProducer(PRODUCER);
		info.setCreationDate(drawn.getCreationDate());
		describe(info, metadata);
		pdf.setDocumentInformation(info);
		PDDocumentCatalog catalog = pdf.getDocumentCatalog();
		if (catalog.getMetadata() == null) {
			catalog.setMetadata(new PDMetadata(pdf));
		}
		catalog.getMetadata().importXMPMetadata(xmp(info, metadata));
		attach(pdf, attachments, info.getCreationDate());
	}

	/**
	 * Makes a PDF drawn without regard to PDF/A fit for it: its colours are declared sRGB, and each font's
	 * {@code CIDSet} is dropped: OpenPDF's does not name every glyph its subset holds, which PDF/A forbids, and
	 * from PDF/A-2 on the set is optional.
	 */
	static void conform(PDDocument pdf) throws IOException {
		declareSrgb(pdf);
		for (COSObject descriptor : pdf.getDocument().getObjectsByType(COSName.FONT_DESC)) {
			if (descriptor.getObject() instanceof COSDictionary font) {
				font.removeItem(COSName.CID_SET);
			}
		}
	}

	/** Declares the document's colours sRGB: the output intent PDF/A asks for, with the JDK's sRGB profile. */
	static void declareSrgb(PDDocument pdf) throws IOException {
		COSStream profile = pdf.getDocument().createCOSStream();
		try (OutputStream out = profile.createRawOutputStream()) {
			out.write(SRGB_DEFLATED);
		}
		profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
		profile.setInt(COSName.N, 3);
		COSDictionary dictionary = new COSDictionary();
		dictionary.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
		dictionary.setItem(COSName.S, COSName.GTS_PDFA1);
		dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
		PDOutputIntent intent = new PDOutputIntent(dictionary);
		intent.setInfo("sRGB IEC61966-2.1");
		intent.setOutputCondition("sRGB IEC61966-2.1");
		intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
		intent.setRegistryName("http://www.color.org");
		pdf.getDocumentCatalog().addOutputIntent(intent);
	}

	private static byte[] deflate(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
		try {
			FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE).encode(new ByteArrayInputStream(data), out, new COSDictionary(), 0);
		}
		catch (IOException e) {
			throw new UncheckedIOException("the sRGB profile could not be compressed", e);
		}
		return out.toByteArray();
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
			pdfa.setPart(CONFORMANCE.getPart());
			pdfa.setConformance(CONFORMANCE.getConformanceValue());
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
		XmpSerializer serializer = SERIALIZERS.take();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(4096)) {
			serializer.serialize(xmp, out, true);
			return out.toByteArray();
		}
		catch (TransformerException e) {
			throw new IOException("the XMP metadata could not be written", e);
		}
		finally {
			SERIALIZERS.giveBack(serializer);
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
