package kz.qujat.issuance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.qujat.issuance.DocumentLinks;
import kz.qujat.registry.DocumentStatus;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.Revocation;
import kz.qujat.registry.Term;

/**
 * A registered document as the API shows it to its school's staff. A void entry (its PDF could not be
 * made) has no PDF, no hash and no verification page. {@code holidayCalendar} is false when the deadline was
 * computed without a holiday calendar for its year (weekends only). A revoked document keeps its PDF and page,
 * and says when, why and by whom it was revoked.
 */
record DocumentResponse(UUID id, String number, String kind, String service, String channel, String status,
		Instant receivedAt, Instant acceptedAt, LocalDate dueOn, Instant dueAt, boolean holidayCalendar, Instant issuedAt,
		String verificationCode, String verifyUrl, String pdfUrl, String sha256, Revocation revocation) {

	static DocumentResponse of(IssuedDocument document, DocumentLinks links) {
		boolean made = document.status() == DocumentStatus.ISSUED || document.status() == DocumentStatus.REVOKED;
		Term term = document.term();
		return new DocumentResponse(document.id(), document.number().toString(), document.kind().code(),
				document.service(), document.channel().code(), document.status().code(), term.receivedAt(),
				term.acceptedAt(), term.dueOn(), term.dueAt(), term.holidayCalendar(), document.issuedAt(),
				document.verificationCode().value(), made ? links.verify(document) : null,
				made ? links.pdf(document) : null, document.pdfSha256(), document.revocation());
	}
}
