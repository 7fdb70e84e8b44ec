package kz.qujat.signing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import kz.qujat.schools.School;
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
 * Each school's signing key, loaded once. A configured PKCS#12 file is taken as it is: its first private-key
 * entry and that entry's certificate chain, so a key from Kazakhstan's national CA (RSA) works unchanged.
 * Without one, and only when {@code generate-keys} is on, a school gets an RSA-2048 key and a self-signed
 * certificate in its name on first use, kept as {@code <keys>/<school-id>.p12} for every later start.
 * Configured keystores are opened at startup, so a wrong path or password stops the service at once.
 */
@Component
class SchoolKeys {

	private static final Logger log = LoggerFactory.getLogger(SchoolKeys.class);

	private static final Duration GENERATED_VALIDITY = Duration.ofDays(10 * 365);

	private final SigningSettings settings;
	private final Clock clock;
	private final Map<UUID, SigningKey> keys = new ConcurrentHashMap<>();

	SchoolKeys(SigningSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		if (!settings.generateKeys() && settings.keystores().isEmpty()) {
			throw new IllegalStateException("qujat.signing.generate-keys is false, so every school needs its own "
					+ "signing key: set qujat.signing.keystores.<school-id>.path and .password (a PKCS#12 file)");
		}
		settings.keystores().forEach((school, keystore) -> keys.put(school, load(keystore.path(), keystore.password(),
				"qujat.signing.keystores." + school)));
	}

	SigningKey of(School school) {
		return keys.computeIfAbsent(school.id(), id -> generated(school));
	}

	private SigningKey generated(School school) {
		if (!settings.generateKeys()) {
			throw new SigningKeyMissing(school.id());
		}
		Path file = settings.keys().resolve(school.id() + ".p12");
		if (!Files.exists(file)) {
			generate(school, file);
		}
		return load(file, settings.keysPassword(), "qujat.signing.keys");
	}

	private void generate(School school, Path file) {
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
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("signing", pair.getPrivate(), settings.keysPassword().toCharArray(),
					new Certificate[] { certificate });
			Files.createDirectories(file.getParent());
			Path written = Files.createTempFile(file.getParent(), school.id().toString(), ".tmp");
			try {
				ownerOnly(written);
				try (OutputStream out = Files.newOutputStream(written)) {
					store.store(out, settings.keysPassword().toCharArray());
				}
				Files.move(written, file);
				log.info("Generated a signing key and a self-signed certificate for school {} in {}", school.id(), file);
			}
			catch (FileAlreadyExistsException madeByAnotherInstance) {
				// the other one's key is as good as this one, and documents may already carry it
			}
			finally {
				Files.deleteIfExists(written);
			}
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException e) {
			throw new IllegalStateException("could not generate a signing key in " + file.toAbsolutePath(), e);
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

	/** The first private-key entry of a PKCS#12 file and its chain; {@code property} names the setting to fix. */
	static SigningKey load(Path file, String password, String property) {
		if (password == null) {
			throw new IllegalStateException(property + ".password is missing for " + file);
		}
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password.toCharArray());
			for (String alias : Collections.list(store.aliases())) {
				if (!store.isKeyEntry(alias)) {
					continue;
				}
				Key key = store.getKey(alias, password.toCharArray());
				Certificate[] chain = store.getCertificateChain(alias);
				if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
					return key(privateKey, chain, file, property);
				}
			}
			throw new IllegalStateException("the PKCS#12 file " + file.toAbsolutePath() + " (" + property
					+ ") holds no private key with a certificate");
		}
		catch (IOException | GeneralSecurityException e) {
			throw new IllegalStateException("cannot open the PKCS#12 file " + file.toAbsolutePath() + " (" + property
					+ "): " + e.getMessage(), e);
		}
	}

	private static SigningKey key(PrivateKey privateKey, Certificate[] chain, Path file, String property) {
		String algorithm = switch (privateKey.getAlgorithm()) {
			case "RSA" -> "SHA256withRSA";
			case "EC" -> "SHA256withECDSA";
			default -> throw new IllegalStateException("the key in " + file.toAbsolutePath() + " (" + property + ") is "
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
