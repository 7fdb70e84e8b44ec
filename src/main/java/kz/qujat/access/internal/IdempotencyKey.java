package kz.qujat.access.internal;

import java.util.Enumeration;
import java.util.regex.Pattern;

import kz.qujat.system.Idempotent;
import kz.qujat.system.InvalidField;

/**
 * The value of an {@code Idempotency-Key} header: a Structured Field string (RFC 9651), {@code "…"} with {@code \"}
 * and {@code \\} escapes, as the IETF httpapi draft asks; for practicality also bare, of a token's characters (a bare
 * UUID often starts with a digit, which an sf-token may not), the same key as quoted. 1 to 255 printable ASCII
 * characters once unquoted; anything else, or the header given twice, is refused naming the header and the rule
 * {@code idempotency-key}.
 */
record IdempotencyKey(String value) {

	static final int MAX_LENGTH = 255;

	static final String RULE = "idempotency-key";

	/** The characters of an sf-token (RFC 9651 §3.3.4): tchar, {@code :} and {@code /}; the first may be any of them. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~:/-]+");

	/** The header's value, or an {@link InvalidField} for {@code Idempotency-Key}. */
	static IdempotencyKey of(Enumeration<String> headers) {
		String header = headers.hasMoreElements() ? headers.nextElement() : null;
		if (header == null || headers.hasMoreElements()) {
			throw invalid();
		}
		String field = header.strip();
		String value = field.startsWith("\"") ? unquoted(field) : TOKEN.matcher(field).matches() ? field : null;
		if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
			throw invalid();
		}
		return new IdempotencyKey(value);
	}

	/** The sf-string's content, or null when it is not one string and nothing else (no parameters either). */
	private static String unquoted(String field) {
		StringBuilder value = new StringBuilder();
		for (int i = 1; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c == '"') {
				return i == field.length() - 1 ? value.toString() : null;
			}
			if (c == '\\') {
				if (++i == field.length() || (field.charAt(i) != '"' && field.charAt(i) != '\\')) {
					return null;
				}
				c = field.charAt(i);
			}
			else if (c < 0x20 || c > 0x7e) {
				return null;
			}
			value.append(c);
		}
		return null;
	}

	private static InvalidField invalid() {
		return new InvalidField(Idempotent.HEADER, RULE);
	}
}
