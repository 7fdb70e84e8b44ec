package kz.qujat.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.qujat.system.Iin;

/**
 * What the journal records when a number is taken, before the PDF exists.
 *
 * @param year the registration year in the school's time zone
 * @param receivedAt when the documents were handed in; {@code acceptedAt} when that counts as happening
 * @param dueAt for terms in minutes, the moment the result is due; otherwise null
 * @param holidayCalendar whether the deadline was computed with a holiday calendar
 * @param content the document's input data as JSON, kept with the entry
 */
public record NewRegistration(UUID schoolId, String service, String numberPrefix, int year, DocumentKind kind,
		String channel, String verificationCode, String applicantName, Iin applicantIin, UUID issuedBy,
		Instant receivedAt, Instant acceptedAt, LocalDate dueOn, Instant dueAt, boolean holidayCalendar, String content) {
}
