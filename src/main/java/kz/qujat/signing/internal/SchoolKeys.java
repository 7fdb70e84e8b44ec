package kz.qujat.signing.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import kz.qujat.schools.School;
import kz.qujat.schools.SchoolsSettings;
import kz.qujat.signing.Signer;
import kz.qujat.signing.SigningKeyMissing;
import kz.qujat.signing.SigningSettings;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Each school's signing key, loaded once per instance. A configured PKCS#12 file is taken as it is: its first
 * private-key entry and that entry's certificate chain, so a key from Kazakhstan's national CA (RSA) works
 * unchanged. Without one, and only when {@code generate-keys} is on, a school gets an RSA-2048 key and a
 * self-signed certificate in its name on first use, kept in the database ({@link GeneratedKeys}) as a PKCS#12
 * encrypted with {@code keys-password}, so that every instance signs the school's papers with the same key. A
 * key an earlier version kept as {@code <keys>/<school-id>.p12} moves into the database on its first use.
 * Configured keystores and the password of the stored keys are checked at startup, so a wrong path or password
 * stops the service at once.
 */
@Component
class SchoolKeys {

	private static final Logger log = LoggerFactory.getLogger(SchoolKeys.class);

	/** The embedded default's password of generated keys, well known like the demo's passwords. */
	static final String BUILT_IN_PASSWORD = "qujat";

	static final int SHORTEST_KEYS_PASSWORD = 12;

	private static final Duration GENERATED_VALIDITY = Duration.ofDays(10 * 365);

	private static final String PROPERTY = "qujat.signing.keys-password";

	private static final String PREVIOUS_PROPERTY = "qujat.signing.previous-keys-password";

	private final SigningSettings settings;
	private final GeneratedKeys generated;
	private final Clock clock;
	private final Map<UUID, SigningKey> keys = new ConcurrentHashMap<>();
	private final Map<UUID, String> unopened = new ConcurrentHashMap<>();

	SchoolKeys(SigningSettings settings, SchoolsSettings schools, GeneratedKeys generated, Clock clock) {
		this.settings = settings;
		this.generated = generated;
		this.clock = clock;
		if (!settings.generateKeys() && settings.keystores().isEmpty()) {
			throw new IllegalStateException("qujat.signing.generate-keys is false, so every school needs its own "
					+ "signing key: set qujat.signing.keystores.<school-id>.path and .password (a PKCS#12 file)");
		}
		if (settings.generateKeys() && !schools.demo() && !strong(settings.keysPassword())) {
			throw new IllegalStateException("qujat.signing.generate-keys is on outside the demo, so the generated keys "
					+ "need a password of this installation's own: set QUJAT_SIGNING_KEYS_PASSWORD (" + PROPERTY
					+ "), at least " + SHORTEST_KEYS_PASSWORD + " characters and not the built-in one; it encrypts the "
					+ "schools' keys in the database. Or set generate-keys false and a keystore per school.");
		}
		settings.keystores().forEach((school, keystore) -> keys.put(school, load(keystore.path(), keystore.password(),
				"qujat.signing.keystores." + school)));
		if (settings.generateKeys() && settings.previousKeysPassword() != null) {
			encryptAgainFromPreviousPassword();
		}
		if (settings.generateKeys()) {
			generated.first().ifPresent(stored -> keys.putIfAbsent(stored.schoolId(),
					opened(stored.schoolId(), stored.keystore())));
		}
	}

	/**
	 * After {@code keys-password} was changed: every stored key that opens with {@code previous-keys-password}
	 * rather than the new one is encrypted again with the new one. Several instances may start at once: each key is
	 * replaced only while it is still the one read, so the first instance's wins and the others find it done. A
	 * key that opens with neither stops the start.
	 */
	private void encryptAgainFromPreviousPassword() {
		int again = 0;
		for (GeneratedKeys.Stored stored : generated.all()) {
			if (opensWith(stored.keystore(), settings.keysPassword())) {
				continue;
			}
			String what = "the signing key of school " + stored.schoolId() + " in the database";
			SigningKey key;
			try {
				key = load(new ByteArrayInputStream(stored.keystore()), settings.previousKeysPassword(), what,
						PREVIOUS_PROPERTY);
			}
			catch (IllegalStateException notWithThePreviousOneEither) {
				throw new IllegalStateException(what + " opens with neither " + PROPERTY + " nor " + PREVIOUS_PROPERTY,
						notWithThePreviousOneEither);
			}
			if (generated.replace(stored.schoolId(), stored.keystore(),
					encryptedAgain(key, "could not encrypt " + what + " again with " + PROPERTY))) {
				again++;
			}
		}
		log.info("Encrypted {} stored signing keys again with {}; the others already were. Unset {} once every "
				+ "instance runs with the new password", again, PROPERTY, PREVIOUS_PROPERTY);
	}

	private static boolean opensWith(byte[] keystore, String password) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(new ByteArrayInputStream(keystore), password.toCharArray());
			return true;
		}
		catch (IOException | GeneralSecurityException wrongPassword) {
			return false;
		}
	}

	private static boolean strong(String password) {
		return password != null && password.length() >= SHORTEST_KEYS_PASSWORD && !password.equals(BUILT_IN_PASSWORD);
	}

	SigningKey of(School school) {
		return keys.computeIfAbsent(school.id(), id -> generated(school));
	}

	/**
	 * How the school signs, for the health check, or an {@link IllegalStateException} saying why it cannot. Opens
	 * a stored key once (keeping it, as {@link #of} would) and generates none; {@code stored} are the schools with
	 * a key in the database. A key that does not open is remembered as such: the password is fixed by a restart.
	 */
	String check(UUID school, Set<UUID> stored) {
		String failure = unopened.get(school);
		if (failure != null) {
			throw new IllegalStateException(failure);
		}
		SigningKey key = keys.get(school);
		if (key == null && settings.generateKeys() && stored.contains(school)) {
			try {
				key = keys.computeIfAbsent(school, id -> opened(id, generated.find(id).orElseThrow()));
			}
			catch (IllegalStateException e) {
				unopened.put(school, e.getMessage());
				throw e;
			}
		}
		if (key == null) {
			if (!settings.generateKeys()) {
				throw new SigningKeyMissing(school);
			}
			return "generated on first use";
		}
		Instant expiry = key.certificate().getNotAfter().toInstant();
		if (expiry.isBefore(clock.instant())) {
			throw new IllegalStateException("the certificate of school " + school + " expired on " + expiry);
		}
		return settings.keystores().containsKey(school) ? "keystore" : "generated";
	}

	private SigningKey generated(School school) {
		if (!settings.generateKeys()) {
			throw new SigningKeyMissing(school.id());
		}
		byte[] keystore = generated.find(school.id()).orElseGet(() -> stored(school));
		return opened(school.id(), keystore);
	}

	/** Stores the school's first key, and returns the one stored: this instance's, or another's that came first. */
	private byte[] stored(School school) {
		Path earlier = settings.keys().resolve(school.id() + ".p12");
		boolean moved = Files.isRegularFile(earlier);
		byte[] keystore = moved ? reencrypted(earlier) : generate(school);
		if (generated.insertIfAbsent(school.id(), keystore, clock.instant())) {
			log.info(moved ? "Moved the signing key of school {} from {} into the database; the file is no longer read"
					: "Generated a signing key and a self-signed certificate for school {} in the database", school.id(),
					earlier);
		}
		else {
			log.info("Another instance stored the signing key of school {} first; this one signs with that key", school.id());
		}
		return generated.find(school.id()).orElseThrow();
	}

	private byte[] generate(School school) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "KZ")
				.addRDN(BCStyle.O, school.name().ru())
				.addRDN(BCStyle.OU, "BIN" + school.bin().value())
				.addRDN(BCStyle.CN, school.name().kk())
				.build();
			// a day back, so that a clock a little behind the one that made it still finds it valid
			Instant from = clock.instant().minus(Duration.ofDays(1));
			X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
					subject, new BigInteger(64, new SecureRandom()).setBit(63), Date.from(from),
					Date.from(from.plus(GENERATED_VALIDITY)), subject, pair.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			return pkcs12(pair.getPrivate(), new Certificate[] { certificate });
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException e) {
			throw new IllegalStateException("could not generate a signing key for school " + school.id(), e);
		}
	}

	/**
	 * An earlier version's key file, encrypted again with today's {@code keys-password}: the file was made with
	 * the password of its day, which may have been the built-in one.
	 */
	private byte[] reencrypted(Path file) {
		SigningKey key;
		try {
			key = load(file, settings.keysPassword(), PROPERTY);
		}
		catch (IllegalStateException notWithTodaysPassword) {
			key = load(file, BUILT_IN_PASSWORD, PROPERTY);
		}
		return encryptedAgain(key, "could not move the signing key " + file.toAbsolutePath() + " into the database");
	}

	/** The key and its chain as a PKCS#12 under today's {@code keys-password}; {@code failure} says what failed. */
	private byte[] encryptedAgain(SigningKey key, String failure) {
		try {
			return pkcs12(key.privateKey(), key.chain().toArray(Certificate[]::new));
		}
		catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException(failure, e);
		}
	}

	/** A PKCS#12 with the key under AES-256 (PBKDF2 with HMAC-SHA256), whatever the JDK's defaults are. */
	private byte[] pkcs12(PrivateKey key, Certificate[] chain) throws GeneralSecurityException, IOException {
		char[] password = settings.keysPassword().toCharArray();
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setEntry("signing", new KeyStore.PrivateKeyEntry(key, chain),
				new KeyStore.PasswordProtection(password, "PBEWithHmacSHA256AndAES_256", null));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		store.store(out, password);
		return out.toByteArray();
	}

	private SigningKey opened(UUID schoolId, byte[] keystore) {
		return load(new ByteArrayInputStream(keystore), settings.keysPassword(),
				"the signing key of school " + schoolId + " in the database", PROPERTY);
	}

	/** The first private-key entry of a PKCS#12 file and its chain; {@code property} names the setting to fix. */
	static SigningKey load(Path file, String password, String property) {
		if (password == null) {
			throw new IllegalStateException(property + ".password is missing for " + file);
		}
		try (InputStream in = Files.newInputStream(file)) {
			return load(in, password, "the PKCS#12 file " + file.toAbsolutePath(), property);
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot open the PKCS#12 file " + file.toAbsolutePath() + " (" + property
					+ "): " + e.getMessage(), e);
		}
	}

	private static SigningKey load(InputStream in, String password, String what, String property) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password.toCharArray());
			for (String alias : Collections.list(store.aliases())) {
				if (!store.isKeyEntry(alias)) {
					continue;
				}
				Key key = store.getKey(alias, password.toCharArray());
				Certificate[] chain = store.getCertificateChain(alias);
				if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
					return key(privateKey, chain, what, property);
				}
			}
			throw new IllegalStateException(what + " (" + property + ") holds no private key with a certificate");
		}
		catch (IOException | GeneralSecurityException e) {
			throw new IllegalStateException("cannot open " + what + " (" + property + "): " + e.getMessage(), e);
		}
	}

	private static SigningKey key(PrivateKey privateKey, Certificate[] chain, String what, String property) {
		String algorithm = switch (privateKey.getAlgorithm()) {
			case "RSA" -> "SHA256withRSA";
			case "EC" -> "SHA256withECDSA";
			default -> throw new IllegalStateException("the key in " + what + " (" + property + ") is "
					+ privateKey.getAlgorithm() + "; only RSA and EC keys can sign here (GOST keys need the national "
					+ "crypto provider)");
		};
		List<X509Certificate> certificates = new ArrayList<>();
		for (Certificate certificate : chain) {
			certificates.add((X509Certificate) certificate);
		}
		X509Certificate certificate = certificates.get(0);
		X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
		Signer signer = new Signer(CadesSignatures.commonName(subject), subject.toString(),
				X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()).toString(),
				certificate.getNotAfter().toInstant());
		SigningKey sized = new SigningKey(privateKey, certificates, algorithm, signer, 0);
		// ECDSA signatures vary by a few bytes; the margin covers that
		int size = CadesSignatures.sign(new byte[0], sized).length + 64;
		return new SigningKey(privateKey, certificates, algorithm, signer, size);
	}
}
