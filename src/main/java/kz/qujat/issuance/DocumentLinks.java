package kz.qujat.issuance;

import kz.qujat.registry.IssuedDocument;
import kz.qujat.verification.VerificationLinks;

import org.springframework.stereotype.Component;

/**
 * Where a document's resources are, for its API answers and the webhooks' payloads: its API paths here, its public
 * page through {@link VerificationLinks}.
 */
@Component
public class DocumentLinks {

	private final VerificationLinks verification;

	DocumentLinks(VerificationLinks verification) {
		this.verification = verification;
	}

	public String self(IssuedDocument document) {
		return "/api/v1/documents/" + document.id();
	}

	public String pdf(IssuedDocument document) {
		return self(document) + "/pdf";
	}

	public String verify(IssuedDocument document) {
		return verification.pageOf(document.verificationCode());
	}
}
