package kz.qujat.system;

import java.util.regex.Pattern;

/**
 * Which characters a paper can print. XHTML (and so every PDF template) cannot carry control characters,
 * lone surrogates or U+FFFE/U+FFFF; a single line also has no line breaks or tabs. Invisible format characters
 * (Unicode category Cf: direction overrides and isolates U+202A–U+202E and U+2066–U+2069, zero-width
 * U+200B–U+200D, U+2060, U+FEFF, soft hyphens, tags …) are refused too: they make the page and the paper show
 * different text, and Kazakh and Russian need none of them.
 */
public final class PrintableText {

	/** One line of text: no control or format characters at all. */
	public static final String SINGLE_LINE = "[^\\p{Cc}\\p{Cf}\\p{Cs}\\uFFFE\\uFFFF\\u2028\\u2029]*";

	/** Paragraphs: line breaks and tabs allowed, no other control or format characters. */
	public static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\p{Cf}\\p{Cs}\\uFFFE\\uFFFF]*";

	private static final Pattern SINGLE = Pattern.compile(SINGLE_LINE);
	private static final Pattern MULTI = Pattern.compile(MULTI_LINE);

	private PrintableText() {
	}

	public static boolean isSingleLine(String text) {
		return SINGLE.matcher(text).matches();
	}

	public static boolean isMultiLine(String text) {
		return MULTI.matcher(text).matches();
	}
}
