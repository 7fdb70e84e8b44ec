package kz.qujat.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import kz.qujat.support.Api;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceProcess;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * Two processes of the packaged jar started at the same moment on one empty PostgreSQL, each with a data folder
 * of its own (nothing shared but the database): both come up, both issue their first paper at once, and both
 * sign the demo school's papers with the same generated key, so either one verifies the other's. Runs in {@code mvn verify}'s integration-test
 * phase, after the jar is packaged.
 */
class TwoProcessesStartingTogetherIntegrationTests {

	@TempDir
	Path first;

	@TempDir
	Path second;

	@Test
	void bothStartOnOneEmptyDatabaseAndSignWithTheSameCertificate() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			List<String> database = List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=");
			CompletableFuture<ServiceProcess> one = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
					with(database, "--qujat.files.data=" + first)));
			CompletableFuture<ServiceProcess> other = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
					with(database, "--qujat.files.data=" + second)));
			try (ServiceProcess a = one.join(); ServiceProcess b = other.join()) {
				// at once too, so that both may find no key yet and make one
				CompletableFuture<byte[]> issuedByA = CompletableFuture.supplyAsync(() -> issued(a, "Бірінші Инстанс"));
				byte[] fromB = issued(b, "Екінші Инстанс");
				byte[] fromA = issuedByA.join();

				assertThat(signingCertificate(fromA)).isEqualTo(signingCertificate(fromB));
				assertThat(verdict(b, fromA)).isEqualTo("authentic");
				assertThat(verdict(a, fromB)).isEqualTo("authentic");
				assertThat(a.log() + b.log()).doesNotContain("duplicate key");
			}
		}
	}

	private static List<String> with(List<String> arguments, String more) {
		return Stream.concat(arguments.stream(), Stream.of(more)).toList();
	}

	private static byte[] issued(ServiceProcess service, String applicant) {
		Api clerk = service.clerk();
		HttpResponse<byte[]> created = clerk.post("/api/v1/documents", Receipts.simple(applicant));
		assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
		HttpResponse<byte[]> pdf = clerk.get(Api.json(created).get("pdfUrl").asString());
		assertThat(pdf.statusCode()).isEqualTo(200);
		return pdf.body();
	}

	private static String verdict(ServiceProcess service, byte[] pdf) {
		JsonNode answer = Api.json(service.clerk().anonymous().postFile("/api/v1/verify", "receipt.pdf", pdf));
		assertThat(answer.get("document").get("signature").get("valid").asBoolean()).as(answer.toString()).isTrue();
		return answer.get("result").asString();
	}

	private static byte[] signingCertificate(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// the room reserved for the CMS is padded with zeros after it
			CMSSignedData cms = new CMSSignedData(ContentInfo.getInstance(
					new ASN1InputStream(document.getLastSignatureDictionary().getContents()).readObject()));
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			return ((X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next())
				.getEncoded();
		}
	}
}
