package kz.qujat.issuance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import kz.qujat.registry.DocumentKind;
import kz.qujat.system.Bilingual;
import kz.qujat.system.Iin;

/**
 * A paper to issue: what the journal records about it and how it is drawn. {@link Issuer} gives it a
 * number, a verification code and a QR code, renders it and stores it.
 *
 * @param journal whose numbers it takes (see {@link kz.qujat.registry.NewRegistration#journal()})
 * @param series for a paper made again when its content changes, what identifies it; null otherwise
 * @param title what the paper is called, for the PDF's metadata
 * @param content the paper's input data as JSON, kept with the journal entry
 * @param attached what of the input data the PDF carries inside as {@code data.json}: what the paper shows, so that
 *     a forwarded file tells no more than the paper does
 * @param model what the template reads; the issuer adds {@code number}, {@code registeredAt},
 *     {@code verification} {code, url} and {@code preview}
 */
public record Paper(UUID schoolId, UUID issuedBy, DocumentKind kind, String journal, String numberPrefix,
		String service, String series, String channel, String applicantName, Iin applicantIin, Instant receivedAt,
		Instant acceptedAt, LocalDate dueOn, Instant dueAt, boolean holidayCalendar, Bilingual title, String subject,
		String content, String attached, String template, Map<String, Object> model) {

	/** A paper that carries all its content inside, because it prints all of it. */
	public Paper(UUID schoolId, UUID issuedBy, DocumentKind kind, String journal, String numberPrefix, String service,
			String series, String channel, String applicantName, Iin applicantIin, Instant receivedAt,
			Instant acceptedAt, LocalDate dueOn, Instant dueAt, boolean holidayCalendar, Bilingual title,
			String subject, String content, String template, Map<String, Object> model) {
		this(schoolId, issuedBy, kind, journal, numberPrefix, service, series, channel, applicantName, applicantIin,
				receivedAt, acceptedAt, dueOn, dueAt, holidayCalendar, title, subject, content, content, template, model);
	}
}
