package kz.qujat.audit;

import kz.qujat.access.ApiTokenCreated;
import kz.qujat.access.ApiTokenRevoked;
import kz.qujat.access.ApiTokenUsed;
import kz.qujat.access.SignInFailed;
import kz.qujat.issuance.DocumentIssued;
import kz.qujat.printing.DocumentPrinted;
import kz.qujat.registry.DocumentDownloaded;
import kz.qujat.registry.DocumentRevoked;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.schools.SchoolCreated;
import kz.qujat.schools.SchoolUpdated;
import kz.qujat.schools.StaffAccountCreated;
import kz.qujat.schools.StaffAccountDisabled;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the trail keeps of each fact the other modules tell, under a stable action name. The listeners run in the
 * request that told the fact, inside its transaction: the entry is written before the answer leaves, and
 * knows the request's account and address.
 */
@Component
class AuditedFacts {

	private final AuditTrail trail;

	AuditedFacts(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(DocumentIssued issued) {
		IssuedDocument document = issued.document();
		trail.record("document.issued", document.schoolId(), document.number().toString(), document.kind().code());
	}

	@EventListener
	void on(DocumentDownloaded downloaded) {
		IssuedDocument document = downloaded.document();
		trail.record("document.downloaded", document.schoolId(), document.number().toString(), null);
	}

	@EventListener
	void on(DocumentPrinted printed) {
		trail.record("document.printed", printed.schoolId(), printed.documentNumber(),
				printed.printerName() + ", copies " + printed.copies());
	}

	@EventListener
	void on(DocumentRevoked revoked) {
		IssuedDocument document = revoked.document();
		trail.record("document.revoked", document.schoolId(), document.number().toString(),
				document.revocation().reason().code());
	}

	@EventListener
	void on(SchoolCreated created) {
		trail.record("school.created", created.school().id(), created.school().bin().value(), null);
	}

	@EventListener
	void on(SchoolUpdated updated) {
		trail.record("school.updated", updated.school().id(), updated.school().bin().value(), null);
	}

	@EventListener
	void on(StaffAccountCreated created) {
		trail.record("staff.created", created.member().schoolId(), created.member().username(),
				created.member().role().code());
	}

	@EventListener
	void on(StaffAccountDisabled disabled) {
		trail.record("staff.disabled", disabled.member().schoolId(), disabled.member().username(), null);
	}

	@EventListener
	void on(ApiTokenCreated created) {
		trail.record("token.created", created.schoolId(), created.name(), "acts as " + created.actsAs());
	}

	@EventListener
	void on(ApiTokenRevoked revoked) {
		trail.record("token.revoked", revoked.schoolId(), revoked.name(), null);
	}

	@EventListener
	void on(ApiTokenUsed used) {
		trail.record("token.used", used.schoolId(), used.name(), used.request());
	}

	/** Nobody is signed in yet: the actor is the name tried. */
	@EventListener
	void on(SignInFailed failed) {
		trail.recordFor(failed.username(), "sign-in.failed", null, failed.username(), failed.failure());
	}
}
