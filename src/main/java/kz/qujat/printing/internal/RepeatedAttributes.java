package kz.qujat.printing.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The string values of an attribute that a printer sent more than once. jipp keeps one attribute per name, the last,
 * and CUPS's ippeveprinter sends {@code document-format-supported} twice when its attributes come from a file (the
 * file's, then its own): this walks the answer's attributes (RFC 8010 section 3.1.3) only to read those values.
 */
final class RepeatedAttributes {

	private static final int END_OF_ATTRIBUTES = 0x03;
	private static final int FIRST_VALUE_TAG = 0x10;
	private static final int FIRST_STRING_TAG = 0x41;
	private static final int LAST_STRING_TAG = 0x49;

	private RepeatedAttributes() {
	}

	static Set<String> values(byte[] answer, String name) {
		Set<String> values = new LinkedHashSet<>();
		String current = null;
		int at = 8;
		while (at < answer.length) {
			int tag = answer[at++] & 0xff;
			if (tag == END_OF_ATTRIBUTES) {
				break;
			}
			if (tag < FIRST_VALUE_TAG) {
				continue;
			}
			if (at + 2 > answer.length) {
				break;
			}
			int nameLength = length(answer, at);
			at += 2;
			if (nameLength > 0) {
				current = new String(answer, at, Math.min(nameLength, answer.length - at), StandardCharsets.UTF_8);
			}
			at += nameLength;
			if (at + 2 > answer.length) {
				break;
			}
			int valueLength = length(answer, at);
			at += 2;
			if (at + valueLength > answer.length) {
				break;
			}
			if (name.equals(current) && tag >= FIRST_STRING_TAG && tag <= LAST_STRING_TAG) {
				values.add(new String(answer, at, valueLength, StandardCharsets.UTF_8));
			}
			at += valueLength;
		}
		return values;
	}

	private static int length(byte[] bytes, int at) {
		return (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
	}
}
