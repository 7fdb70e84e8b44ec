package kz.qujat.signing;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the schools' signing keys come from.
 *
 * @param generateKeys on the embedded default, a school without a configured keystore gets an RSA key and a
 *     self-signed certificate on first use, kept under {@code keys}; in production set {@code false} so that
 *     every school needs its own keystore
 * @param keys the folder of generated keystores, one {@code <school-id>.p12} each
 * @param keysPassword the password of the generated keystores
 * @param keystores a PKCS#12 file (RSA or EC key with its certificate chain) and its password per school id;
 *     a configured keystore wins over a generated one
 */
@ConfigurationProperties("qujat.signing")
public record SigningSettings(@DefaultValue("true") boolean generateKeys, @DefaultValue("data/keys") Path keys,
		@DefaultValue("qujat") String keysPassword, Map<UUID, Keystore> keystores) {

	public SigningSettings {
		keystores = keystores == null ? Map.of() : Map.copyOf(keystores);
	}

	/** One school's PKCS#12 file. */
	public record Keystore(Path path, String password) {
	}
}
