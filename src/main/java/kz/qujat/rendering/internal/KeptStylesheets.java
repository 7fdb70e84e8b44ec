package kz.qujat.rendering.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.openhtmltopdf.css.parser.CSSParser;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;

import org.w3c.dom.Document;

/**
 * openhtmltopdf's XHTML handling, with the {@code <style>} sheets of a document parsed once for every document
 * that has the same ones: a template's styles are the same in each paper it fills, yet openhtmltopdf parses them
 * anew for each, 3 % of what a receipt allocated. openhtmltopdf keeps its own default stylesheet the same way,
 * parsed once and shared by every document and thread.
 * <p>
 * A document's inline sheets are kept together, as one list under all their texts, so a kept sheet is always
 * matched behind the same sheets as when it was parsed (openhtmltopdf numbers selectors in the order they come,
 * across sheets). Up to 64 such lists are kept, more than the templates there are; an edited template makes a new one.
 */
final class KeptStylesheets extends XhtmlNamespaceHandler {

	private final Cache<List<String>, List<Stylesheet>> parsed = Caffeine.newBuilder().maximumSize(64).build();
	private final String baseUri;

	KeptStylesheets(String baseUri) {
		this.baseUri = baseUri;
	}

	@Override
	public StylesheetInfo[] getStylesheets(Document doc) {
		StylesheetInfo[] infos = super.getStylesheets(doc);
		List<String> texts = new ArrayList<>();
		for (StylesheetInfo info : infos) {
			if (info.isInline()) {
				texts.add(info.getContent());
			}
		}
		if (texts.isEmpty()) {
			return infos;
		}
		List<Stylesheet> sheets = parsed.get(texts, this::parse);
		int inline = 0;
		for (int i = 0; i < infos.length; i++) {
			if (infos[i].isInline()) {
				infos[i] = parsedInfo(infos[i], sheets.get(inline++));
			}
		}
		return infos;
	}

	/** Parsed as openhtmltopdf parses an inline sheet: under the document's address and its place among them. */
	private List<Stylesheet> parse(List<String> texts) {
		CSSParser parser = new CSSParser((uri, message) -> XRLog.log(Level.WARNING,
				LogMessageId.LogMessageId2Param.CSS_PARSE_GENERIC_MESSAGE, uri, message));
		List<Stylesheet> sheets = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			try {
				sheets.add(parser.parseStylesheet(inlineUri(i + 1), StylesheetInfo.AUTHOR, new StringReader(texts.get(i))));
			}
			catch (IOException e) {
				throw new UncheckedIOException("a string could not be read", e);
			}
		}
		return List.copyOf(sheets);
	}

	/** The sheet as openhtmltopdf would have it once parsed; no longer inline, so it is not parsed again. */
	private StylesheetInfo parsedInfo(StylesheetInfo inline, Stylesheet sheet) {
		StylesheetInfo info = new StylesheetInfo();
		info.setUri(sheet.getURI());
		info.setOrigin(inline.getOrigin());
		info.setType(inline.getType());
		info.setTitle(inline.getTitle());
		for (String medium : inline.getMedia()) {
			info.addMedium(medium);
		}
		info.setStylesheet(sheet);
		return info;
	}

	private String inlineUri(int place) {
		return baseUri + "#inline_style_" + place;
	}
}
