package kz.qujat.registry;

import java.util.UUID;

import kz.qujat.catalog.Channel;

/**
 * What the journal records when a number is taken, before the PDF exists.
 *
 * @param service the catalog service the document is about, if any
 * @param series for a document made again when its content changes, what identifies it (e.g. the passport of
 *     one service in one size); null otherwise
 * @param year the registration year in the school's time zone
 * @param holder null for documents about the school rather than a person
 * @param content the document's input data as JSON, kept with the entry
 */
public record NewRegistration(UUID schoolId, Counter counter, String service, String series, int year,
		DocumentKind kind, Channel channel, VerificationCode verificationCode, Holder holder, UUID issuedBy, Term term,
		String content) {
}
