package kz.qujat.rendering.internal;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.openhtmltopdf.resource.FSEntityResolver;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses filled XHTML into the DOM openhtmltopdf lays out, as openhtmltopdf itself would (namespaces on, no
 * validation, a DTD only from the copies it bundles, no external entities), but with parsers kept for the next
 * document. Given a string, openhtmltopdf builds a SAX parser, a DOM builder and an XSLT identity transform for
 * each document, and sets each one up: a tenth of what a receipt allocated. A parser is used by one document at a
 * time; at most two per processor wait idle.
 */
final class XhtmlParsers {

	private static final ErrorHandler FAIL_ON_FATAL = new ErrorHandler() {
		@Override
		public void warning(SAXParseException e) {
			// openhtmltopdf logs these at INFO and goes on; so do we, silently: they never stop a document
		}

		@Override
		public void error(SAXParseException e) {
			// the same: without validation, a parser reports no recoverable errors worth stopping for
		}

		@Override
		public void fatalError(SAXParseException e) throws SAXException {
			throw e;
		}
	};

	private final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
	private final Kept<DocumentBuilder> idle = new Kept<>(this::newParser);

	XhtmlParsers() {
		factory.setNamespaceAware(true);
		factory.setValidating(false);
		// what openhtmltopdf's own parser sets: a DOCTYPE is allowed, its DTD read from openhtmltopdf's bundled
		// copies (FSEntityResolver), never from outside
		try {
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			// a DOM built in full as it is parsed: openhtmltopdf visits every node anyway
			factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JDK's XML parser lacks a feature it documents", e);
		}
	}

	/** The DOM of {@code xhtml}; a document that is not well-formed XML fails naming the line and column. */
	Document parse(String xhtml) throws IOException {
		DocumentBuilder parser = idle.take();
		try {
			parser.setEntityResolver(FSEntityResolver.instance());
			parser.setErrorHandler(FAIL_ON_FATAL);
			return parser.parse(new InputSource(new StringReader(xhtml)));
		}
		catch (SAXParseException e) {
			throw new IOException("the filled template is not well-formed XHTML (line " + e.getLineNumber() + ", column "
					+ e.getColumnNumber() + "): " + e.getMessage(), e);
		}
		catch (SAXException e) {
			throw new IOException("the filled template could not be parsed: " + e.getMessage(), e);
		}
		finally {
			parser.reset();
			idle.giveBack(parser);
		}
	}

	private DocumentBuilder newParser() {
		try {
			return factory.newDocumentBuilder();
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JDK's XML parser could not be configured", e);
		}
	}
}
