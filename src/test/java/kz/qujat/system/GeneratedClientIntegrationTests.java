package kz.qujat.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import kz.qujat.client.ApiClient;
import kz.qujat.client.ApiException;
import kz.qujat.client.ApiResponse;
import kz.qujat.client.api.IssuanceApi;
import kz.qujat.client.api.VerificationApi;
import kz.qujat.client.model.DocumentResponse;
import kz.qujat.client.model.IssueRequest;
import kz.qujat.client.model.Problem;
import kz.qujat.client.model.VerificationResult;
import kz.qujat.support.Pdfs;
import kz.qujat.support.RequestBodies;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.api.Test;

/**
 * What a school's information system does through a client generated from the API description (the build's
 * openapi-generator, Java's HTTP client): issue a receipt, download it, find it in the journal, preview a refusal,
 * verify the code. Nothing here talks to the service but that client.
 */
class GeneratedClientIntegrationTests extends ServiceTest {

	@Test
	void anInformationSystemIssuesDownloadsListsPreviewsAndVerifiesThroughTheGeneratedClient() throws Exception {
		ApiClient anonymous = new ApiClient();
		anonymous.updateBaseUri("http://localhost:" + port);
		ApiClient signedIn = new ApiClient();
		signedIn.updateBaseUri("http://localhost:" + port);
		signedIn.setRequestInterceptor(request -> request.header("Authorization", "Bearer demo-token"));
		IssuanceApi issuance = new IssuanceApi(signedIn);

		String key = "\"" + java.util.UUID.randomUUID() + "\"";
		ApiResponse<DocumentResponse> created = issuance.issueDocumentWithHttpInfo(
				request("teacher-attestation/receipt"), key);
		assertThat(created.getStatusCode()).isEqualTo(201);
		DocumentResponse receipt = created.getData();
		assertThat(issuance.issueDocument(request("teacher-attestation/receipt"), key).getNumber())
			.as("a retry with the same Idempotency-Key: the same paper").isEqualTo(receipt.getNumber());
		assertThat(created.getHeaders().get("location")).containsExactly("/api/v1/documents/" + receipt.getId());
		assertThat(receipt.getNumber()).matches("ATT-2026-\\d{4}");
		assertThat(receipt.getKind()).isEqualTo("receipt");
		assertThat(receipt.getStatus()).isEqualTo("issued");

		byte[] pdf = Files.readAllBytes(issuance.downloadPdf(receipt.getId()).toPath());
		assertThat(Sha256.hex(pdf)).isEqualTo(receipt.getSha256());
		assertThat(Pdfs.text(pdf)).contains(receipt.getNumber(), "Жұмабекова Әсел Қуанышқызы");

		List<DocumentResponse> journal = issuance.listJournal("teacher-attestation", "receipt", null, null, null,
				receipt.getNumber(), null, null);
		assertThat(journal).extracting(DocumentResponse::getId).containsExactly(receipt.getId());

		byte[] preview = Files.readAllBytes(issuance.previewDocument(request("school-admission/refusal")).toPath());
		assertThat(Pdfs.text(preview)).contains("ҮЛГІ", "ОБРАЗЕЦ", "Сәрсенбаева Гүлмира Болатқызы");

		VerificationApi verification = new VerificationApi(anonymous);
		VerificationResult verified = verification.verifyCode(receipt.getVerificationCode());
		assertThat(verified.getStatus()).isEqualTo("valid");
		assertThat(verified.getNumber()).isEqualTo(receipt.getNumber());

		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> issuance.issueDocument(request("teacher-attestation/receipt").service("no-such-service"), null));
		assertThat(refused.getCode()).isEqualTo(400);
		assertThat(refused.getResponseHeaders().firstValue("Content-Type")).contains("application/problem+json");
		Problem problem = signedIn.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
		assertThat(String.valueOf(problem.getType())).isEqualTo("/problems/invalid-request");
		assertThat(problem.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getField() + " " + error.getRule()).isEqualTo("service unknown-service"));
	}

	/** A request the tests send ({@code src/test/resources/requests/}), as the client's model. */
	private static IssueRequest request(String name) throws IOException {
		return new ApiClient().getObjectMapper().readValue(RequestBodies.named(name), IssueRequest.class);
	}
}
