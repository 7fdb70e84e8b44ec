package kz.qujat.issuance.web;

import kz.qujat.registry.IssuedDocument;
import kz.qujat.verification.VerificationLinks;

import org.springframework.stereotype.Component;

/** Where a document's resources are: its API paths here, its public page through {@link VerificationLinks}. */
@Component
class DocumentLinks {

	private final VerificationLinks verification;

	DocumentLinks(VerificationLinks verification) {
		this.verification = verification;
	}

	String self(IssuedDocument document) {
		return "/api/v1/documents/" + document.id();
	}

	String pdf(IssuedDocument document) {
		return self(document) + "/pdf";
	}

	String verify(IssuedDocument document) {
		return verification.pageOf(document.verificationCode());
	}
}
