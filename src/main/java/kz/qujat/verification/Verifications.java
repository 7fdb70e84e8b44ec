package kz.qujat.verification;

import java.time.ZoneId;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.registry.DocumentStatus;
import kz.qujat.registry.Holder;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.Revocation;
import kz.qujat.registry.VerificationCode;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.signing.DocumentSigner;
import kz.qujat.signing.SignatureCheck;
import kz.qujat.system.Bilingual;
import kz.qujat.system.Sha256;

import org.springframework.stereotype.Service;

/** Answers "is this paper genuine?" for a code read off it, and "is this file the one issued?" for a PDF. */
@Service
public class Verifications {

	private final IssuedDocuments documents;
	private final ServiceCatalog catalog;
	private final Schools schools;
	private final DocumentSigner signing;
	private final ClaimedCodes claims;
	private final MeterRegistry meters;

	Verifications(IssuedDocuments documents, ServiceCatalog catalog, Schools schools, DocumentSigner signing,
			VerificationLinks links, MeterRegistry meters) {
		this.documents = documents;
		this.catalog = catalog;
		this.schools = schools;
		this.signing = signing;
		this.claims = new ClaimedCodes(links);
		this.meters = meters;
	}

	/** The result for a code as typed or scanned; empty alike for a malformed code and an unknown one. */
	public Optional<VerificationResult> byCode(String code) {
		Optional<VerificationResult> result = VerificationCode.parse(code)
			.flatMap(documents::findByVerificationCode)
			.map(this::result);
		count("code", result.map(VerificationResult::status).orElse("unknown"));
		return result;
	}

	/**
	 * Whether a PDF is byte for byte a document issued here, claims to be one without being it, or is unknown.
	 * Reads the bytes without parsing them as PDF, so it is safe on any file; callers bound its size and time.
	 */
	public UploadVerification byUpload(byte[] pdf) {
		UploadVerification verification = checked(pdf);
		count("upload", verification.result());
		return verification;
	}

	/** {@code qujat.verifications}: papers checked by code or by upload, by what the check found. */
	private void count(String how, String result) {
		meters.counter("qujat.verifications", "how", how, "result", result).increment();
	}

	private UploadVerification checked(byte[] pdf) {
		SignatureCheck signature = signing.check(pdf);
		Optional<IssuedDocument> identical = documents.findBySha256(Sha256.hex(pdf));
		if (identical.isPresent()) {
			return UploadVerification.authentic(result(identical.get()), signature);
		}
		return claims.in(pdf).stream()
			.map(VerificationCode::new)
			.map(documents::findByVerificationCode)
			.flatMap(Optional::stream)
			.findFirst()
			.map(claimed -> UploadVerification.modified(result(claimed), signature))
			.orElseGet(() -> UploadVerification.unknown(signature));
	}

	private VerificationResult result(IssuedDocument document) {
		School school = schools.require(document.schoolId());
		Bilingual service = document.service() == null ? null
				: catalog.find(document.service()).map(ServiceDefinition::name)
					.orElse(Bilingual.of(document.service(), document.service()));
		ZoneId zone = school.zone();
		Revocation revocation = document.revocation();
		String status = revocation != null ? "revoked"
				: document.status() == DocumentStatus.SUPERSEDED ? "superseded" : "valid";
		Holder holder = document.holder();
		return new VerificationResult(status, document.verificationCode().value(), document.kind().code(),
				document.kind().title(), document.number().toString(), document.issuedAt().atZone(zone).toLocalDate(),
				service, school.name(), holder == null ? null : holder.name(),
				holder == null || holder.iin() == null ? null : holder.iin().masked(), document.signature(),
				revocation == null ? null : new VerificationResult.PublicRevocation(revocation.revokedAt().atZone(zone).toLocalDate(),
						revocation.reason().code(), revocation.reason().title()));
	}
}
