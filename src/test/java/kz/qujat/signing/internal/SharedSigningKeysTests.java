package kz.qujat.signing.internal;

import static kz.qujat.signing.internal.PadesDocumentSignerTests.NOW;
import static kz.qujat.signing.internal.PadesDocumentSignerTests.SCHOOL;
import static kz.qujat.signing.internal.PadesDocumentSignerTests.blankPdf;
import static kz.qujat.signing.internal.PadesDocumentSignerTests.keys;
import static kz.qujat.signing.internal.PadesDocumentSignerTests.signer;
import static kz.qujat.signing.internal.PadesDocumentSignerTests.signingCertificate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import kz.qujat.signing.SigningSettings;
import kz.qujat.support.Keystores;
import kz.qujat.support.TestDatabases;

import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generated keys with several instances on one database, on H2 and on PostgreSQL: each school has one key, kept
 * in the database encrypted with {@code qujat.signing.keys-password}, and every instance signs with it.
 */
class SharedSigningKeysTests {

	static final int INSTANCES = 6;

	static final String PASSWORD = "region-keys-password";

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void instancesStartingAndSigningAtOnceAllUseTheOneKeyStored(TestDatabases databases) throws Exception {
		DataSource database = databases.fresh();
		SigningSettings settings = new SigningSettings(true, folder, PASSWORD, Map.of());
		CyclicBarrier together = new CyclicBarrier(INSTANCES);
		List<Callable<byte[]>> instances = new ArrayList<>();
		for (int i = 0; i < INSTANCES; i++) {
			instances.add(() -> {
				together.await();
				// each its own: no cache in common, only the database
				PadesDocumentSigner instance = new PadesDocumentSigner(keys(settings, false, database),
						new SimpleMeterRegistry());
				return signingCertificate(instance.sign(blankPdf(), SCHOOL, NOW));
			});
		}
		ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
		List<byte[]> certificates = new ArrayList<>();
		try {
			for (Future<byte[]> signed : threads.invokeAll(instances)) {
				certificates.add(signed.get());
			}
		}
		finally {
			threads.shutdown();
		}

		assertThat(certificates).hasSize(INSTANCES).allSatisfy(
				certificate -> assertThat(certificate).isEqualTo(certificates.get(0)));
		assertThat(JdbcClient.create(database).sql("select count(*) from signing_key").query(Integer.class).single())
			.isEqualTo(1);
		byte[] afterRestart = signingCertificate(new PadesDocumentSigner(keys(settings, false, database),
				new SimpleMeterRegistry()).sign(blankPdf(), SCHOOL, NOW));
		assertThat(afterRestart).isEqualTo(certificates.get(0));
		assertThat(folder).as("no key files any more").isEmptyDirectory();
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void aWrongKeysPasswordStopsTheStartNamingTheSetting(TestDatabases databases) throws Exception {
		DataSource database = databases.fresh();
		signer(new SigningSettings(true, folder, PASSWORD, Map.of()), database).sign(blankPdf(), SCHOOL, NOW);

		assertThatIllegalStateException()
			.isThrownBy(() -> keys(new SigningSettings(true, folder, "another-long-password", Map.of()), false, database))
			.withMessageContaining("qujat.signing.keys-password")
			.withMessageContaining("the signing key of school " + SCHOOL.id() + " in the database");
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void aChangedKeysPasswordEncryptsTheStoredKeysAgainAndTheSchoolSignsWithTheSameKey(TestDatabases databases)
			throws Exception {
		DataSource database = databases.fresh();
		byte[] before = signingCertificate(
				signer(new SigningSettings(true, folder, PASSWORD, Map.of()), database).sign(blankPdf(), SCHOOL, NOW));
		SigningSettings changed = new SigningSettings(true, folder, "the-new-region-password", PASSWORD, Map.of());

		// the region's instances start at once with the new password and the old one beside it
		CyclicBarrier together = new CyclicBarrier(3);
		List<Callable<byte[]>> instances = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			instances.add(() -> {
				together.await();
				return signingCertificate(signer(changed, database).sign(blankPdf(), SCHOOL, NOW));
			});
		}
		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			for (Future<byte[]> signed : threads.invokeAll(instances)) {
				assertThat(signed.get()).as("the school's one key, after the change").isEqualTo(before);
			}
		}
		finally {
			threads.shutdown();
		}

		assertThat(signingCertificate(signer(new SigningSettings(true, folder, "the-new-region-password", Map.of()),
				database).sign(blankPdf(), SCHOOL, NOW))).as("once the old password is unset").isEqualTo(before);
		assertThatIllegalStateException()
			.isThrownBy(() -> keys(new SigningSettings(true, folder, PASSWORD, Map.of()), false, database))
			.as("the stored key no longer opens with the old password").withMessageContaining("qujat.signing.keys-password");
		assertThat(JdbcClient.create(database).sql("select count(*) from signing_key").query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void aStoredKeyThatOpensWithNeitherPasswordStopsTheStartNamingBoth() throws Exception {
		DataSource database = TestDatabases.H2.fresh();
		signer(new SigningSettings(true, folder, PASSWORD, Map.of()), database).sign(blankPdf(), SCHOOL, NOW);

		assertThatIllegalStateException()
			.isThrownBy(() -> keys(new SigningSettings(true, folder, "the-new-region-password", "a-mistyped-old-one",
					Map.of()), false, database))
			.withMessage("the signing key of school " + SCHOOL.id() + " in the database opens with neither "
					+ "qujat.signing.keys-password nor qujat.signing.previous-keys-password");
	}

	@Test
	void outsideTheDemoGeneratedKeysNeedAPasswordOfTheInstallationsOwn() {
		DataSource database = TestDatabases.H2.fresh();
		for (String weak : List.of(SchoolKeys.BUILT_IN_PASSWORD, "short-one")) {
			assertThatIllegalStateException()
				.isThrownBy(() -> keys(new SigningSettings(true, folder, weak, Map.of()), false, database))
				.withMessageContaining("set QUJAT_SIGNING_KEYS_PASSWORD")
				.withMessageContaining("at least 12 characters");
		}
		// the embedded default: the demo's well-known passwords, and the built-in one for its keys
		assertThat(keys(new SigningSettings(true, folder, SchoolKeys.BUILT_IN_PASSWORD, Map.of()), true, database)
			.of(SCHOOL).signer().name()).isEqualTo("«Сынақ мектебі» КММ");
	}

	@Test
	void aKeyFileOfAnEarlierVersionMovesIntoTheDatabaseUnderTheNewPassword() throws Exception {
		DataSource database = TestDatabases.H2.fresh();
		// as the embedded default kept it: <keys>/<school-id>.p12 with the built-in password
		X509Certificate[] earlier = Keystores.caIssued(folder.resolve(SCHOOL.id() + ".p12"), SchoolKeys.BUILT_IN_PASSWORD,
				NOW);
		SigningSettings settings = new SigningSettings(true, folder, PASSWORD, Map.of());

		byte[] signed = new PadesDocumentSigner(keys(settings, false, database), new SimpleMeterRegistry())
			.sign(blankPdf(), SCHOOL, NOW);

		assertThat(serial(signingCertificate(signed))).isEqualTo(earlier[0].getSerialNumber());
		byte[] stored = JdbcClient.create(database).sql("select keystore from signing_key where school_id = ?")
			.param(SCHOOL.id()).query(byte[].class).single();
		assertThat(serial(signingCertificate(new PadesDocumentSigner(
				keys(new SigningSettings(true, folder.resolve("elsewhere"), PASSWORD, Map.of()), false, database),
				new SimpleMeterRegistry()).sign(blankPdf(), SCHOOL, NOW))))
			.as("another instance, without the file").isEqualTo(earlier[0].getSerialNumber());
		assertThatIllegalStateException()
			.isThrownBy(() -> SchoolKeys.load(write(stored), SchoolKeys.BUILT_IN_PASSWORD, "test"))
			.as("encrypted again with the new password").withMessageContaining("cannot open");
	}

	private Path write(byte[] keystore) throws Exception {
		Path file = folder.resolve("stored.p12");
		Files.write(file, keystore);
		return file;
	}

	private static BigInteger serial(byte[] certificate) throws Exception {
		return new X509CertificateHolder(certificate).getSerialNumber();
	}
}
