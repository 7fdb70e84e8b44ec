package kz.qujat.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests: of a stored PDF, an API token's secret, the content a series paper was made from. */
public final class Sha256 {

	private Sha256() {
	}

	public static byte[] of(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	/** The digest in lower-case hex, 64 characters: how the registry and the API write it. */
	public static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(of(bytes));
	}

	/** The digest of a text's UTF-8 bytes, in hex. */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}
}
