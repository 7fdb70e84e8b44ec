package kz.qujat.verification;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verification codes a PDF claims, found without parsing it: the code as the {@code dc:identifier} of its XMP
 * packets (which the XMP standard makes findable by scanning, and which this service writes uncompressed), and any
 * link to a verification page under this service's public address left readable in the file. A link to another
 * host is no claim, whatever its path says. Nothing is inflated or interpreted, so a hostile file costs one pass
 * over its bytes.
 */
final class ClaimedCodes {

	/** At most this many codes are looked up for one file, however many it holds. */
	static final int MAX = 10;

	private static final String CODE = "([0-9A-HJKMNP-TV-Z]{20})";
	private static final Pattern CODE_IN_PACKET = Pattern.compile("<dc:identifier>\\s*" + CODE + "\\s*</dc:identifier>");

	private static final Pattern CODE_AT = Pattern.compile(CODE + "(?![0-9A-Za-z])");
	private static final String PAGE = "/v/";

	/** Characters that may stand inside an address, so that ours cannot be the tail of someone else's. */
	private static final String ADDRESS_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~:/?#@!$&*+,;=%-";

	private final String prefix;

	ClaimedCodes(VerificationLinks links) {
		this.prefix = links.pagePrefix();
	}

	Set<String> in(byte[] pdf) {
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
		collectLinks(text, codes);
		return codes;
	}

	/** Finds each page path with {@code indexOf}, fast on any file, then looks back for our address before it. */
	private void collectLinks(String text, Set<String> codes) {
		int page = text.indexOf(PAGE);
		while (page >= 0 && codes.size() < MAX) {
			int start = page + PAGE.length() - prefix.length();
			// a host name is case-insensitive, and so are a scheme and, on this service, its base path
			if (start >= 0 && text.regionMatches(true, start, prefix, 0, prefix.length())
					&& (start == 0 || ADDRESS_CHARACTERS.indexOf(text.charAt(start - 1)) < 0)) {
				Matcher code = CODE_AT.matcher(text).region(page + PAGE.length(), text.length());
				if (code.lookingAt()) {
					codes.add(code.group(1));
				}
			}
			page = text.indexOf(PAGE, page + 1);
		}
	}

	private static void collect(Matcher matcher, Set<String> codes) {
		while (codes.size() < MAX && matcher.find()) {
			codes.add(matcher.group(1));
		}
	}
}
