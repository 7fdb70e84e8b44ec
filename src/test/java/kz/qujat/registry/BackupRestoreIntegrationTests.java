package kz.qujat.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import kz.qujat.QujatApplication;
import kz.qujat.support.Api;
import kz.qujat.support.Receipts;
import kz.qujat.support.RequestBodies;
import kz.qujat.support.RestartablePostgres;
import kz.qujat.system.Sha256;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import tools.jackson.databind.JsonNode;

/**
 * The README's backup and restore, done as an operator would on a real PostgreSQL: {@code pg_dump -Fc} of the one
 * database, {@code pg_restore} into a fresh database, the service started on that one. Every paper comes back with
 * the same bytes and verifies, the numbering goes on without reusing a number, and the schools sign with the keys
 * they had (the generated keys are in the dump, encrypted with {@code qujat.signing.keys-password}).
 */
class BackupRestoreIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void aDumpRestoredIntoAFreshDatabaseServesEveryPaperAsItWasAndNumbersOn() throws Exception {
		try (RestartablePostgres postgres = RestartablePostgres.start()) {
			List<JsonNode> issued = new ArrayList<>();
			List<byte[]> pdfs = new ArrayList<>();
			try (ConfigurableApplicationContext service = service(postgres, "postgres")) {
				Api clerk = new Api(port(service));
				for (String request : List.of(Receipts.simple("Резервова Сақтаған"),
						RequestBodies.named("teacher-attestation/refusal"))) {
					HttpResponse<byte[]> answer = clerk.post("/api/v1/documents", request);
					assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(201);
					JsonNode document = Api.json(answer);
					issued.add(document);
					pdfs.add(clerk.get(document.get("pdfUrl").asString()).body());
				}
			}

			Path dump = folder.resolve("qujat.dump");
			run("pg_dump", "-Fc", "-h", "localhost", "-p", String.valueOf(postgres.port()), "-U", "postgres",
					"-f", dump.toString(), "postgres");
			run("createdb", "-h", "localhost", "-p", String.valueOf(postgres.port()), "-U", "postgres", "restored");
			run("pg_restore", "--no-owner", "-h", "localhost", "-p", String.valueOf(postgres.port()), "-U", "postgres",
					"-d", "restored", dump.toString());

			try (ConfigurableApplicationContext restored = service(postgres, "restored")) {
				Api clerk = new Api(port(restored));
				for (int i = 0; i < issued.size(); i++) {
					JsonNode document = issued.get(i);
					byte[] pdf = clerk.get(document.get("pdfUrl").asString()).body();
					assertThat(Sha256.hex(pdf)).as(document.get("number").asString()).isEqualTo(Sha256.hex(pdfs.get(i)))
						.isEqualTo(document.get("sha256").asString());
					JsonNode verified = Api.json(clerk.anonymous()
						.get("/api/v1/verify/" + document.get("verificationCode").asString()));
					assertThat(verified.get("status").asString()).isEqualTo("valid");
					assertThat(verified.get("number").asString()).isEqualTo(document.get("number").asString());
					JsonNode uploaded = Api.json(clerk.anonymous().postFile("/api/v1/verify", "paper.pdf", pdf));
					assertThat(uploaded.get("result").asString()).isEqualTo("authentic");
				}

				HttpResponse<byte[]> answer = clerk.post("/api/v1/documents", Receipts.simple("Қалпына Келтірілген"));
				assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(201);
				JsonNode next = Api.json(answer);
				assertThat(issued).extracting(document -> document.get("number").asString())
					.doesNotContain(next.get("number").asString());
				assertThat(sequence(next)).as("the number after the last one before the dump")
					.isEqualTo(issued.stream().mapToInt(BackupRestoreIntegrationTests::sequence).max().orElseThrow() + 1);
				assertThat(certificate(clerk.get(next.get("pdfUrl").asString()).body()))
					.as("signed with the school's key restored from the dump").isEqualTo(certificate(pdfs.get(0)));
			}
		}
	}

	/** The service on {@code database} of the server, as a production instance is started, on a free port. */
	private ConfigurableApplicationContext service(RestartablePostgres postgres, String database) {
		return new SpringApplicationBuilder(QujatApplication.class)
			.initializers(context -> context.getBeanFactory().registerSingleton("withoutTestClasses",
					new WithoutTestClasses()))
			.run("--server.port=0", "--server.address=127.0.0.1",
					"--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.port() + "/" + database
							+ "?connectTimeout=3&socketTimeout=60",
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--qujat.files.data=" + folder.resolve("data"), "--qujat.signing.keys=" + folder.resolve("keys"));
	}

	private static int port(ConfigurableApplicationContext service) {
		return ((WebServerApplicationContext) service).getWebServer().getPort();
	}

	private static int sequence(JsonNode document) {
		String number = document.get("number").asString();
		return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
	}

	/** The certificate the PDF's newest signature was made with, DER-encoded in hex. */
	private static String certificate(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf);
				ASN1InputStream in = new ASN1InputStream(document.getLastSignatureDictionary().getContents())) {
			// the room reserved for the signature is padded with zeros after it
			CMSSignedData cms = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
			X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
				.getMatches(cms.getSignerInfos().getSigners().iterator().next().getSID()).iterator().next();
			return HexFormat.of().formatHex(certificate.getEncoded());
		}
	}

	/** Runs a PostgreSQL client (Debian's postgresql-client), failing with what it said unless it succeeds. */
	private void run(String... command) throws IOException, InterruptedException {
		Path output = folder.resolve(command[0] + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + ": " + Files.readString(output))
			.isZero();
	}

	/**
	 * Keeps the tests' own configurations ({@code @TestConfiguration}, the support package) out of a service
	 * started outside a Spring test, which would otherwise scan them as part of {@code kz.qujat}.
	 */
	static final class WithoutTestClasses extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())
					|| reader.getClassMetadata().getClassName().startsWith("kz.qujat.support.");
		}
	}
}
