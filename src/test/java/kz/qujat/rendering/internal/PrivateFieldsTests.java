package kz.qujat.rendering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;

import org.junit.jupiter.api.Test;

/**
 * The private fields of openhtmltopdf that drawing reaches are there in the version in use: without them papers
 * come out the same, only slower, so an upgrade that renames one is caught here rather than in the benchmark.
 */
class PrivateFieldsTests {

	@Test
	void theFieldsDrawingReachesAreFound() {
		assertThat(HtmlPdfEngine.RENDERER_CONFORMANCE).as("PdfBoxRenderer._pdfAConformance").isNotNull();
		assertThat(MeasuredTextRenderer.DEVICE_FONT).as("PdfBoxFastOutputDevice._font").isNotNull();
	}

	@Test
	void aFieldThatIsNotThereIsNull() {
		assertThat(PrivateFields.find(PdfBoxFastOutputDevice.class, "_font", String.class)).as("wrong type").isNull();
		assertThat(PrivateFields.find(PdfBoxFastOutputDevice.class, "_fontRenamed", PdfBoxFSFont.class)).isNull();
	}
}
