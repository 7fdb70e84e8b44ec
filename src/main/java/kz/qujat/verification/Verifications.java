package kz.qujat.verification;

import java.time.ZoneId;
import java.util.Optional;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.registry.DocumentStatus;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.system.Bilingual;

import org.springframework.stereotype.Service;

/** Answers "is this paper genuine?" for a code read off it. */
@Service
public class Verifications {

	private final IssuedDocuments documents;
	private final ServiceCatalog catalog;
	private final Schools schools;

	Verifications(IssuedDocuments documents, ServiceCatalog catalog, Schools schools) {
		this.documents = documents;
		this.catalog = catalog;
		this.schools = schools;
	}

	/** The result for a code as typed or scanned; empty alike for a malformed code and an unknown one. */
	public Optional<VerificationResult> verify(String code) {
		return VerificationCode.parse(code)
			.flatMap(c -> documents.findByVerificationCode(c.value()))
			.map(this::result);
	}

	private VerificationResult result(IssuedDocument document) {
		School school = schools.require(document.schoolId());
		Bilingual service = document.service() == null ? null
				: catalog.find(document.service()).map(ServiceDefinition::name)
					.orElse(Bilingual.of(document.service(), document.service()));
		ZoneId zone = school.zone();
		String status = document.status() == DocumentStatus.SUPERSEDED ? "superseded" : "valid";
		return new VerificationResult(status, document.verificationCode(), document.kind().code(),
				document.kind().title(), document.number(), document.issuedAt().atZone(zone).toLocalDate(),
				service, school.name(), document.applicantName(),
				document.applicantIin() == null ? null : document.applicantIin().masked(), document.signature());
	}
}
