package kz.qujat.verification;

import kz.qujat.signing.SignatureCheck;

/**
 * What an uploaded PDF is, as far as this service can tell.
 *
 * @param result {@code authentic}: byte for byte a document this service issued; {@code modified}: it claims to
 *     be one (by the verification code in its metadata or its verification link) but its bytes differ;
 *     {@code unknown}: nothing in it points to a document issued here
 * @param status the document's status ({@code valid}, {@code revoked}) when the file is or claims to be one
 * @param document the document it is or claims to be, as its public page shows it
 * @param fileSignature what the uploaded file's own signature says about the file
 */
public record UploadVerification(String result, String status, VerificationResult document,
		SignatureCheck fileSignature) {

	static UploadVerification authentic(VerificationResult document, SignatureCheck signature) {
		return new UploadVerification("authentic", document.status(), document, signature);
	}

	static UploadVerification modified(VerificationResult document, SignatureCheck signature) {
		return new UploadVerification("modified", document.status(), document, signature);
	}

	static UploadVerification unknown(SignatureCheck signature) {
		return new UploadVerification("unknown", null, null, signature);
	}
}
