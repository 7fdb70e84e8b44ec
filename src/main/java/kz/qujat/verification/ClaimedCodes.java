package kz.qujat.verification;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verification codes a PDF claims, found without parsing it: in its XMP packets (which the XMP standard
 * makes findable by scanning, and which this service writes uncompressed with the code as {@code dc:identifier})
 * and in any verification link left readable in the file. Nothing is inflated or interpreted, so a hostile file
 * costs one pass over its bytes.
 */
final class ClaimedCodes {

	/** At most this many codes are looked up for one file, however many it holds. */
	static final int MAX = 10;

	private static final String CODE = "[0-9A-HJKMNP-TV-Z]{20}";
	private static final Pattern CODE_IN_PACKET = Pattern.compile("(?<![0-9A-Za-z])(" + CODE + ")(?![0-9A-Za-z])");
	private static final Pattern CODE_IN_LINK = Pattern.compile("/v/(" + CODE + ")(?![0-9A-Za-z])");

	private ClaimedCodes() {
	}

	static Set<String> in(byte[] pdf) {
		// ISO-8859-1 maps every byte to one char, so offsets and ASCII matches stay exact
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		Set<String> codes = new LinkedHashSet<>();
		int begin = text.indexOf("<?xpacket begin");
		while (begin >= 0 && codes.size() < MAX) {
			int end = text.indexOf("<?xpacket end", begin);
			if (end < 0) {
				break;
			}
			collect(CODE_IN_PACKET.matcher(text).region(begin, end), codes);
			begin = text.indexOf("<?xpacket begin", end);
		}
		collect(CODE_IN_LINK.matcher(text), codes);
		return codes;
	}

	private static void collect(Matcher matcher, Set<String> codes) {
		while (codes.size() < MAX && matcher.find()) {
			codes.add(matcher.group(1));
		}
	}
}
