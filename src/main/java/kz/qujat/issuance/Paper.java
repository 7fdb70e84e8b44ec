package kz.qujat.issuance;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import kz.qujat.catalog.Channel;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.registry.Counter;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.Holder;
import kz.qujat.registry.Term;
import kz.qujat.schools.School;
import kz.qujat.schools.StaffMember;

/**
 * A paper to issue: what the journal records about it and how it is drawn. It starts as an applicant's paper
 * ({@link #forApplicant}) or a paper about the school ({@link #aboutSchool}) and is given the rest with
 * {@code with…}; {@link Issuer} gives it a number, a verification code and a QR code, renders it and stores it.
 *
 * @param issuedBy the member of the school's staff who asked for it
 * @param counter whose numbers it takes
 * @param service the catalog service it is about, if any
 * @param series for a paper made again when its content changes, what identifies it; null otherwise
 * @param holder whom it is issued to; null for a paper about the school
 * @param subject what the PDF's metadata says it is about
 * @param content the paper's input data as JSON, kept with the journal entry
 * @param attached what of the input data the PDF carries inside as {@code data.json}: what the paper shows, so that
 *     a forwarded file tells no more than the paper does
 * @param model what the template reads; the issuer adds {@code number}, {@code registeredAt},
 *     {@code verification} {code, url} and {@code preview}
 */
public record Paper(School school, UUID issuedBy, DocumentKind kind, Counter counter, String service, String series,
		Channel channel, Holder holder, Term term, String subject, String content, String attached, String template,
		Map<String, Object> model) {

	/** An applicant's paper of a service, which takes the numbers of the service's counter. */
	public static Paper forApplicant(School school, StaffMember clerk, DocumentKind kind, ServiceDefinition service) {
		return new Paper(school, clerk.id(), kind, new Counter(service.code(), service.registrationPrefix()),
				service.code(), null, Channel.PAPER, null, null, service.name().ru(), null, null, null, Map.of());
	}

	/** A paper about the school, with nothing due, made {@code at} the moment a member of its staff asks for it. */
	public static Paper aboutSchool(School school, StaffMember staff, DocumentKind kind, Counter counter, Instant at) {
		return new Paper(school, staff.id(), kind, counter, null, null, Channel.PAPER, null, Term.at(at), null, null,
				null, null, Map.of());
	}

	public Paper withHolder(Holder holder) {
		return new Paper(school, issuedBy, kind, counter, service, series, channel, holder, term, subject, content,
				attached, template, model);
	}

	public Paper withChannel(Channel channel) {
		return new Paper(school, issuedBy, kind, counter, service, series, channel, holder, term, subject, content,
				attached, template, model);
	}

	public Paper withTerm(Term term) {
		return new Paper(school, issuedBy, kind, counter, service, series, channel, holder, term, subject, content,
				attached, template, model);
	}

	public Paper withService(String service) {
		return new Paper(school, issuedBy, kind, counter, service, series, channel, holder, term, subject, content,
				attached, template, model);
	}

	public Paper withSubject(String subject) {
		return new Paper(school, issuedBy, kind, counter, service, series, channel, holder, term, subject, content,
				attached, template, model);
	}

	/** The paper's content, of which it carries inside only what it prints. */
	public Paper withContent(String content, String attached) {
		return new Paper(school, issuedBy, kind, counter, service, series, channel, holder, term, subject, content,
				attached, template, model);
	}

	/** The paper as one of a series, which it stands for while it shows {@code content}; it carries all of it inside. */
	public Paper withSeries(String series, String content) {
		return new Paper(school, issuedBy, kind, counter, service, series, channel, holder, term, subject, content,
				content, template, model);
	}

	public Paper withTemplate(String template, Map<String, Object> model) {
		return new Paper(school, issuedBy, kind, counter, service, series, channel, holder, term, subject, content,
				attached, template, model);
	}
}
