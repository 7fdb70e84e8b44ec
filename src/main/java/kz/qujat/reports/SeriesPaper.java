package kz.qujat.reports;

import kz.qujat.registry.Counter;
import kz.qujat.registry.DocumentKind;

/** The papers about a school that stand for a series, each with the counter it takes its numbers from and its template. */
enum SeriesPaper {

	PASSPORT(DocumentKind.PASSPORT, new Counter("passport", "PSP"), "passport.ftlh"),
	PUBLIC_REPORT(DocumentKind.PUBLIC_REPORT, new Counter("public-report", "REP"), "public-report.jrxml"),
	JOURNAL(DocumentKind.JOURNAL, new Counter("journal-print", "JRN"), "journal.jrxml");

	final DocumentKind kind;
	final Counter counter;
	final String template;

	SeriesPaper(DocumentKind kind, Counter counter, String template) {
		this.kind = kind;
		this.counter = counter;
		this.template = template;
	}
}
