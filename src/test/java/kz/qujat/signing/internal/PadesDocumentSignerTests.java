package kz.qujat.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import kz.qujat.schools.School;
import kz.qujat.schools.SchoolsSettings;
import kz.qujat.schools.WorkingHours;
import kz.qujat.signing.SignatureCheck;
import kz.qujat.signing.SigningKeyMissing;
import kz.qujat.signing.SigningSettings;
import kz.qujat.support.Keystores;
import kz.qujat.support.TestDatabases;
import kz.qujat.system.Bilingual;
import kz.qujat.system.Bin;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signatures as PDFBox and Bouncy Castle read them back on their own, with generated keys and with a
 * PKCS#12 file made elsewhere (a CA and a signing certificate, as a national CA issues them).
 */
class PadesDocumentSignerTests {

	static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");
	static final School SCHOOL = new School(UUID.fromString("00000000-0000-4000-8000-00000000000a"),
			Bilingual.of("«Сынақ мектебі» КММ", "КГУ «Тестовая школа»"), new Bin("950341000052"),
			Bilingual.of("Астана, Сынақ көшесі, 1", "Астана, улица Сынак, 1"), "Директор Сынақ", "Жауапты Сынақ",
			Bilingual.of("орынбасар", "заместитель"), "+7 700 000 00 00", "test@example.kz", null,
			new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0), null, null), ZoneId.of("Asia/Almaty"), List.of());

	@TempDir
	Path folder;

	private final DataSource database = TestDatabases.H2.fresh();

	@Test
	void aGeneratedKeySignsWithAPadesSignatureThatPdfBoxAndBouncyCastleValidate() throws Exception {
		PadesDocumentSigner signer = signer(new SigningSettings(true, folder, "secret", Map.of()));
		byte[] unsigned = blankPdf();

		byte[] signed = signer.sign(unsigned, SCHOOL, NOW);

		assertThat(signed).startsWith(unsigned);
		try (PDDocument document = Loader.loadPDF(signed)) {
			PDSignature signature = document.getLastSignatureDictionary();
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(signature.getSignDate().toInstant()).isEqualTo(NOW);
			int[] range = signature.getByteRange();
			assertThat(range[0]).isZero();
			assertThat(range[2] + range[3]).isEqualTo(signed.length);
			byte[] contents = signature.getContents();
			assertThat(contents.length).as("reserved room for the CMS").isLessThan(3 * 1024);

			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
					CadesSignatures.contentInfo(contents));
			SignerInformation signerInfo = cms.getSignerInfos().getSigners().iterator().next();
			X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
				.getMatches(signerInfo.getSID()).iterator().next();
			assertThat(signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
			assertThat(signerInfo.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");

			AttributeTable attributes = signerInfo.getSignedAttributes();
			assertThat(attributes.get(CMSAttributes.signingTime)).as("PAdES keeps the time out of the CMS").isNull();
			SigningCertificateV2 signingCertificate = SigningCertificateV2.getInstance(
					attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0));
			assertThat(signingCertificate.getCerts()[0].getCertHash())
				.isEqualTo(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));

			X500Name subject = certificate.getSubject();
			assertThat(value(subject, BCStyle.CN)).isEqualTo("«Сынақ мектебі» КММ");
			assertThat(value(subject, BCStyle.O)).isEqualTo("КГУ «Тестовая школа»");
			assertThat(value(subject, BCStyle.C)).isEqualTo("KZ");
		}
		assertThat(signer.check(signed)).isEqualTo(new SignatureCheck(true, true, true, "«Сынақ мектебі» КММ"));
		assertThat(signer.signerFor(SCHOOL).name()).isEqualTo("«Сынақ мектебі» КММ");
	}

	@Test
	void theGeneratedKeyIsKeptInTheDatabaseAndReusedAfterARestart() throws Exception {
		SigningSettings settings = new SigningSettings(true, folder, "secret", Map.of());
		byte[] first = signer(settings).sign(blankPdf(), SCHOOL, NOW);

		byte[] afterRestart = signer(settings).sign(blankPdf(), SCHOOL, NOW);
		assertThat(signingCertificate(afterRestart)).isEqualTo(signingCertificate(first));
		assertThat(folder).isEmptyDirectory();
	}

	@Test
	void aConfiguredPkcs12WithItsChainSignsUnchanged() throws Exception {
		Path keystore = folder.resolve("national-ca.p12");
		X509Certificate[] chain = Keystores.caIssued(keystore, "kz-password", NOW);
		PadesDocumentSigner signer = signer(new SigningSettings(false, folder.resolve("unused"), "unused",
				Map.of(SCHOOL.id(), new SigningSettings.Keystore(keystore, "kz-password"))));

		byte[] signed = signer.sign(blankPdf(), SCHOOL, NOW);

		assertThat(signer.signerFor(SCHOOL).name()).isEqualTo("СЫНАҚОВ СЫНАҚ");
		assertThat(signer.check(signed).valid()).isTrue();
		try (PDDocument document = Loader.loadPDF(signed)) {
			CMSSignedData cms = new CMSSignedData(
					CadesSignatures.contentInfo(document.getLastSignatureDictionary().getContents()));
			assertThat(cms.getCertificates().getMatches(null)).as("the chain travels with the signature")
				.extracting(holder -> ((X509CertificateHolder) holder).getSerialNumber())
				.containsExactlyInAnyOrder(chain[0].getSerialNumber(), chain[1].getSerialNumber());
		}
		assertThat(folder.resolve("unused")).doesNotExist();
	}

	@Test
	void withoutGeneratedKeysEverySchoolNeedsAConfiguredKeystore() throws Exception {
		assertThatThrownBy(() -> signer(new SigningSettings(false, folder, "secret", Map.of())))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("qujat.signing.keystores.<school-id>.path");

		Path keystore = folder.resolve("other.p12");
		Keystores.caIssued(keystore, "pw", NOW);
		PadesDocumentSigner signer = signer(new SigningSettings(false, folder, "secret",
				Map.of(UUID.randomUUID(), new SigningSettings.Keystore(keystore, "pw"))));
		assertThatThrownBy(() -> signer.signerFor(SCHOOL)).isInstanceOf(SigningKeyMissing.class)
			.hasMessageContaining("qujat.signing.keystores." + SCHOOL.id());
	}

	@Test
	void aWrongKeystorePasswordStopsTheStartNamingTheSetting() throws Exception {
		Path keystore = folder.resolve("school.p12");
		Keystores.caIssued(keystore, "right", NOW);

		assertThatThrownBy(() -> signer(new SigningSettings(false, folder, "secret",
				Map.of(SCHOOL.id(), new SigningSettings.Keystore(keystore, "wrong")))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("qujat.signing.keystores." + SCHOOL.id())
			.hasMessageContaining(keystore.toAbsolutePath().toString());
	}

	@Test
	void aCheckTellsAChangedByteAnAppendedUpdateAndAnUnsignedFileApart() throws Exception {
		PadesDocumentSigner signer = signer(new SigningSettings(true, folder, "secret", Map.of()));
		byte[] signed = signer.sign(blankPdf(), SCHOOL, NOW);

		byte[] changed = signed.clone();
		changed[100] ^= 1;
		assertThat(signer.check(changed)).extracting(SignatureCheck::present, SignatureCheck::intact)
			.containsExactly(true, false);

		byte[] appended = new byte[signed.length + 20];
		System.arraycopy(signed, 0, appended, 0, signed.length);
		System.arraycopy("\n% appended later\n".getBytes(), 0, appended, signed.length, 18);
		SignatureCheck afterAppending = signer.check(appended);
		assertThat(afterAppending.intact()).isTrue();
		assertThat(afterAppending.wholeDocument()).isFalse();
		assertThat(afterAppending.valid()).isFalse();

		assertThat(signer.check(blankPdf())).isEqualTo(SignatureCheck.NONE);
		assertThat(signer.check("%PDF-1.7 /ByteRange [0 99999 5 5] <00>".getBytes()).valid()).isFalse();
	}

	private PadesDocumentSigner signer(SigningSettings settings) {
		return signer(settings, database);
	}

	/** The signer of an instance on {@code database}; the demo is on, so the password may be any. */
	static PadesDocumentSigner signer(SigningSettings settings, DataSource database) {
		return new PadesDocumentSigner(keys(settings, true, database), new SimpleMeterRegistry());
	}

	static SchoolKeys keys(SigningSettings settings, boolean demo, DataSource database) {
		return new SchoolKeys(settings, new SchoolsSettings(demo), new GeneratedKeys(JdbcClient.create(database)),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	static byte[] blankPdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] signingCertificate(byte[] signed) throws Exception {
		try (PDDocument document = Loader.loadPDF(signed)) {
			CMSSignedData cms = new CMSSignedData(
					CadesSignatures.contentInfo(document.getLastSignatureDictionary().getContents()));
			SignerInformation signerInfo = cms.getSignerInfos().getSigners().iterator().next();
			return ((X509CertificateHolder) cms.getCertificates().getMatches(signerInfo.getSID()).iterator().next())
				.getEncoded();
		}
	}

	private static String value(X500Name name, ASN1ObjectIdentifier type) {
		return IETFUtils.valueToString(name.getRDNs(type)[0].getFirst().getValue());
	}
}
