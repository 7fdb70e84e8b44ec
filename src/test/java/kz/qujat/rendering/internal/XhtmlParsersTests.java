package kz.qujat.rendering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** What an operator's template may contain still parses as openhtmltopdf parsed it, whichever parser of the pool reads it. */
class XhtmlParsersTests {

	private static final String XHTML = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>p { margin: 0 }</style></head>"
			+ "<body><p class=\"kk\">Қолхат</p></body></html>";

	private final XhtmlParsers parsers = new XhtmlParsers();

	@Test
	void aTemplateWithADoctypeParsesAsOpenhtmltopdfParsedItAndNothingIsFetched() throws IOException {
		Document document = parsers.parse("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
				+ "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">"
				+ "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>№&#160;1 &mdash; Алматы</p></body></html>");

		// the DTD is not fetched (openhtmltopdf bundles none for XHTML 1.0), so a named entity it declares reads as
		// nothing, as it did when openhtmltopdf parsed the text itself; character references are what templates use
		assertThat(document.getDocumentElement().getTextContent()).isEqualTo("№\u00a01  Алматы");
	}

	@Test
	void everyParserOfThePoolGivesTheSameNamespacedDocument() throws IOException {
		for (int i = 0; i < 3; i++) {
			Document document = parsers.parse(XHTML);
			assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
			assertThat(document.getDocumentElement().getLocalName()).isEqualTo("html");
			assertThat(document.getElementsByTagName("p").item(0).getTextContent()).isEqualTo("Қолхат");
		}
	}

	@Test
	void aDocumentThatIsNotWellFormedFailsNamingWhereAndTheNextOneStillParses() throws IOException {
		assertThatThrownBy(() -> parsers.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<body><p>open</body></html>"))
			.isInstanceOf(IOException.class)
			.hasMessageContaining("not well-formed XHTML (line 2");

		assertThat(parsers.parse(XHTML).getElementsByTagName("p").getLength()).isEqualTo(1);
	}
}
