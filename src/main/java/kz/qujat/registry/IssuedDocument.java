package kz.qujat.registry;

import java.time.Instant;
import java.util.UUID;

import kz.qujat.catalog.Channel;

/**
 * A journal entry: a registered document without its PDF bytes.
 *
 * @param holder null for a document about the school rather than a person
 * @param content the document's input data as JSON
 * @param signature how its PDF is signed; null while there is no PDF
 * @param revocation when, why and by whom it was revoked; null unless it was
 */
public record IssuedDocument(UUID id, UUID schoolId, String service, String series, RegistrationNumber number,
		DocumentKind kind, Channel channel, DocumentStatus status, VerificationCode verificationCode, Holder holder,
		UUID issuedBy, Term term, Instant registeredAt, Instant issuedAt, String pdfSha256, String content,
		DocumentSignature signature, Revocation revocation) {
}
