package kz.qujat.rendering.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import kz.qujat.system.FileSettings;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF with openhtmltopdf. It loads nothing from outside: fonts come from the {@link FontLibrary},
 * QR codes from {@link QrCodeObjects}, styles from the template itself. The PDF's document information
 * is written with PDFBox before the one save.
 */
@Component
class HtmlPdfEngine {

	static {
		Slf4jXRLogger.install();
	}

	private final FontLibrary fonts;
	private final QrCodeObjects qrCodes = new QrCodeObjects();
	private final String baseUri;

	HtmlPdfEngine(FontLibrary fonts, FileSettings files) {
		this.fonts = fonts;
		this.baseUri = files.documentTemplates().toUri().toString();
	}

	byte[] render(String xhtml, Map<String, String> metadata) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
			.withHtmlContent(xhtml, baseUri)
			.useObjectDrawerFactory(qrCodes)
			.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
			.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
			.withProducer("qujat");
		fonts.registerWith(builder);
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.layout();
			try (PDDocument pdf = renderer.createPDFKeepOpen()) {
				describe(pdf.getDocumentInformation(), metadata);
				ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
				pdf.save(out);
				return out.toByteArray();
			}
		}
	}

	private static void describe(PDDocumentInformation info, Map<String, String> metadata) {
		metadata.forEach((key, value) -> {
			switch (key) {
				case "Title" -> info.setTitle(value);
				case "Subject" -> info.setSubject(value);
				case "Keywords" -> info.setKeywords(value);
				case "Author" -> info.setAuthor(value);
				default -> info.setCustomMetadataValue(key, value);
			}
		});
	}
}
