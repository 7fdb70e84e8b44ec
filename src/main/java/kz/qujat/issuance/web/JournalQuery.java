package kz.qujat.issuance.web;

import java.time.LocalDate;
import java.time.ZoneId;

import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.DocumentStatus;
import kz.qujat.registry.JournalFilter;
import kz.qujat.system.Coded;
import kz.qujat.system.InvalidField;
import kz.qujat.system.RegistryYears;

/**
 * The journal's filters as a request names them, the API's query and the desk's form alike, checked with the API's
 * rules: {@code from} and {@code to} are days in the school's time zone, {@code q} a part of a registration number or
 * of an applicant's name.
 */
record JournalQuery(String service, String kind, String status, LocalDate from, LocalDate to, String q) {

	/** The longest search text; a name or a number is far shorter. */
	static final int MAX_TEXT = 100;

	/** Fails with the first field that breaks a rule, before anything is looked up. */
	JournalQuery {
		service = blankIsNull(service);
		kind = blankIsNull(kind);
		status = blankIsNull(status);
		q = blankIsNull(q);
		if (kind != null && Coded.of(DocumentKind.class, kind).isEmpty()) {
			throw new InvalidField("kind", "one-of-kinds");
		}
		if (status != null && Coded.of(DocumentStatus.class, status).isEmpty()) {
			throw new InvalidField("status", "one-of-statuses");
		}
		if (q != null && q.length() > MAX_TEXT) {
			throw new InvalidField("q", "search-length");
		}
		RegistryYears.require("from", from);
		RegistryYears.require("to", to);
	}

	/** The registry's filter of {@code limit} entries from {@code offset}, or the paging rule either breaks. */
	JournalFilter filter(ZoneId zone, int limit, int offset) {
		if (limit < 1 || limit > JournalFilter.MAX_LIMIT) {
			throw new InvalidField("limit", "limit");
		}
		if (offset < 0) {
			throw new InvalidField("offset", "offset");
		}
		return JournalFilter.page(limit, offset)
			.withService(service)
			.withKind(kind == null ? null : Coded.of(DocumentKind.class, kind).orElseThrow())
			.withStatus(status == null ? null : Coded.of(DocumentStatus.class, status).orElseThrow())
			.withText(q)
			.withPeriod(from == null ? null : from.atStartOfDay(zone).toInstant(),
					to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
	}

	private static String blankIsNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
