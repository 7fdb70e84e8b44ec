package kz.qujat.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.qujat.system.Iin;

/**
 * What the journal records when a number is taken, before the PDF exists.
 *
 * @param journal whose numbers the document takes: a service's code for the papers of that service, or the
 *     journal of a kind of school document (e.g. {@code passport}); numbers run per school, journal and year
 * @param numberPrefix the letters that open the number, e.g. {@code ATT}
 * @param service the catalog service the document is about, if any
 * @param series for a document made again when its content changes, what identifies it (e.g. the passport of
 *     one service in one size); null otherwise
 * @param year the registration year in the school's time zone
 * @param applicantName null for documents about the school rather than a person
 * @param receivedAt when the documents were handed in; {@code acceptedAt} when that counts as happening
 * @param dueAt for terms in minutes, the moment the result is due; otherwise null
 * @param holidayCalendar whether the deadline was computed with a holiday calendar
 * @param content the document's input data as JSON, kept with the entry
 */
public record NewRegistration(UUID schoolId, String journal, String numberPrefix, String service, String series,
		int year, DocumentKind kind, String channel, String verificationCode, String applicantName, Iin applicantIin,
		UUID issuedBy, Instant receivedAt, Instant acceptedAt, LocalDate dueOn, Instant dueAt, boolean holidayCalendar,
		String content) {
}
