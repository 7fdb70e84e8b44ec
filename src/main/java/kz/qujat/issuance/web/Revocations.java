package kz.qujat.issuance.web;

import java.util.UUID;

import kz.qujat.registry.DocumentRevoked;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.RevocationReason;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.InvalidField;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a paper is revoked, from the API and from the desk: the reason's code checked, the note kept only when
 * it says something, the journal entry marked revoked for good and {@link DocumentRevoked} published for the audit
 * trail and the webhooks, in the transaction that marks it. The request's own rules (a reason given, the note's
 * length and characters) are checked before.
 */
@Component
class Revocations {

	private final IssuedDocuments documents;
	private final ApplicationEventPublisher events;

	Revocations(IssuedDocuments documents, ApplicationEventPublisher events) {
		this.documents = documents;
		this.events = events;
	}

	/**
	 * Revokes a paper of the staff member's school. Fails when the reason is not one of {@link RevocationReason}'s
	 * codes, when the school has no such paper, when it was revoked before, or when its number holds no paper.
	 */
	@Transactional
	IssuedDocument revoke(StaffMember staff, UUID id, RevokeRequest request) {
		RevocationReason reason = RevocationReason.fromCode(request.reason())
			.orElseThrow(() -> new InvalidField("reason", "one-of-reasons"));
		String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
		IssuedDocument revoked = documents.revoke(staff.schoolId(), id, reason, note, staff.id());
		events.publishEvent(new DocumentRevoked(revoked));
		return revoked;
	}
}
