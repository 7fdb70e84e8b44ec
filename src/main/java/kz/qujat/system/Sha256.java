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
		return digest().digest(bytes);
	}

	/** A digest to feed a piece at a time, e.g. through a {@link java.security.DigestOutputStream}; see {@link #hex(MessageDigest)}. */
	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	/** The digest of all that was fed to {@code digest}, which it completes, in hex. */
	public static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
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
