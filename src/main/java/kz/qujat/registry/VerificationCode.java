package kz.qujat.registry;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The random code a paper's QR code points to: 100 bits as 20 Crockford base-32 characters, printed in
 * groups of four ({@code 7K2M-Q9XD-…}). It says nothing about the document; only the registry does.
 * Reading one forgives what people mistype: case, dashes, spaces, {@code O} for {@code 0}, {@code I}/{@code L} for {@code 1}.
 */
public record VerificationCode(String value) {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	private static final int LENGTH = 20;
	private static final SecureRandom RANDOM = new SecureRandom();

	public VerificationCode {
		if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			throw new IllegalArgumentException("not a verification code");
		}
	}

	public static VerificationCode random() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
		}
		return new VerificationCode(new String(code));
	}

	/** The code in {@code text} as a person typed or a scanner read it, if it is one. */
	public static Optional<VerificationCode> parse(String text) {
		if (text == null || text.length() > 64) {
			return Optional.empty();
		}
		String normalized = text.toUpperCase(Locale.ROOT)
			.replaceAll("[\\s-]", "")
			.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1');
		try {
			return Optional.of(new VerificationCode(normalized));
		}
		catch (IllegalArgumentException notACode) {
			return Optional.empty();
		}
	}

	/** {@code 7K2M-Q9XD-4HNB-ZR8T-WC3F}: how a paper prints it for reading aloud and typing. */
	public String grouped() {
		return String.join("-", value.substring(0, 4), value.substring(4, 8), value.substring(8, 12),
				value.substring(12, 16), value.substring(16, 20));
	}

	@Override
	public String toString() {
		return value;
	}
}
