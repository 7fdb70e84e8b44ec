package kz.qujat.support;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** PKCS#12 files made the way a certification authority hands them out, for tests that configure keystores. */
public final class Keystores {

	private Keystores() {
	}

	/**
	 * A signing key with its certificate (CN {@code СЫНАҚОВ СЫНАҚ}, an invented holder) and the invented CA's
	 * certificate after it, under an alias that is not {@code signing}, as the national CA's files have.
	 *
	 * @return the chain, signing certificate first
	 */
	public static X509Certificate[] caIssued(Path file, String password, Instant now) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair ca = generator.generateKeyPair();
			KeyPair holder = generator.generateKeyPair();
			X500Name caName = new X500Name("CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) СЫНАҚ, C=KZ");
			Date from = Date.from(now.minusSeconds(86_400));
			Date until = Date.from(now.plusSeconds(365 * 86_400L));
			JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
			X509Certificate caCertificate = converter.getCertificate(new JcaX509v3CertificateBuilder(caName,
					BigInteger.ONE, from, until, caName, ca.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.getPrivate())));
			X509Certificate holderCertificate = converter.getCertificate(new JcaX509v3CertificateBuilder(caName,
					BigInteger.TWO, from, until,
					new X500Name("CN=СЫНАҚОВ СЫНАҚ, SERIALNUMBER=IIN871008401427, O=КГУ «Тестовая школа», OU=BIN950341000052, C=KZ"),
					holder.getPublic())
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.getPrivate())));
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setCertificateEntry("ca", caCertificate);
			store.setKeyEntry("a8f3c2e1", holder.getPrivate(), password.toCharArray(),
					new Certificate[] { holderCertificate, caCertificate });
			try (OutputStream out = Files.newOutputStream(file)) {
				store.store(out, password.toCharArray());
			}
			return new X509Certificate[] { holderCertificate, caCertificate };
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
