package kz.qujat.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.qujat.system.Iin;

/**
 * A journal entry: a registered document without its PDF bytes.
 *
 * @param content the document's input data as JSON
 * @param signature how its PDF is signed; null while there is no PDF
 * @param revocation when, why and by whom it was revoked; null unless it was
 */
public record IssuedDocument(UUID id, UUID schoolId, String journal, String service, String series, String number,
		DocumentKind kind,
		String channel, DocumentStatus status, String verificationCode, String applicantName, Iin applicantIin,
		UUID issuedBy, Instant receivedAt, Instant acceptedAt, LocalDate dueOn, Instant dueAt, boolean holidayCalendar,
		Instant registeredAt, Instant issuedAt, String pdfSha256, String content, DocumentSignature signature,
		Revocation revocation) {
}
