package kz.qujat.signing;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the schools' signing keys come from.
 *
 * @param generateKeys on the embedded default, a school without a configured keystore gets an RSA key and a
 *     self-signed certificate on first use, kept in the database where every instance finds it; in production
 *     set {@code false} so that every school needs its own keystore
 * @param keys the folder where earlier versions kept generated keys, one {@code <school-id>.p12} each; a school's
 *     file there moves into the database on the school's first use
 * @param keysPassword encrypts the generated keys in the database; the built-in {@code qujat} only with the demo,
 *     otherwise at least 12 characters of the installation's own
 * @param previousKeysPassword the password the stored keys were encrypted with before {@code keysPassword} was
 *     changed: at startup every key still under it is encrypted again with {@code keysPassword}; unset once all are
 * @param keystores a PKCS#12 file (RSA or EC key with its certificate chain) and its password per school id;
 *     a configured keystore wins over a generated one
 */
@ConfigurationProperties("qujat.signing")
public record SigningSettings(@DefaultValue("true") boolean generateKeys, @DefaultValue("data/keys") Path keys,
		@DefaultValue("qujat") String keysPassword, String previousKeysPassword, Map<UUID, Keystore> keystores) {

	@ConstructorBinding
	public SigningSettings {
		keystores = keystores == null ? Map.of() : Map.copyOf(keystores);
	}

	/** Settings with no earlier password of the stored keys. */
	public SigningSettings(boolean generateKeys, Path keys, String keysPassword, Map<UUID, Keystore> keystores) {
		this(generateKeys, keys, keysPassword, null, keystores);
	}

	/** One school's PKCS#12 file. */
	public record Keystore(Path path, String password) {
	}
}
