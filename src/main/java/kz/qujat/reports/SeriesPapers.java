package kz.qujat.reports;

import java.time.Clock;
import java.util.Map;

import kz.qujat.issuance.Issuer;
import kz.qujat.issuance.Paper;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.schools.School;
import kz.qujat.schools.StaffMember;

import org.springframework.stereotype.Service;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a paper about the school that stands for a series is made (a service's passport poster, a year's
 * public report, a service's journal printout of a year): asked again while what it shows is unchanged, the same
 * paper comes back, byte for byte; once that changed, a new one is issued and the old one becomes superseded.
 */
@Service
class SeriesPapers {

	private final Issuer issuer;
	private final ObjectWriter contentJson;
	private final Clock clock;

	SeriesPapers(Issuer issuer, JsonMapper json, Clock clock) {
		this.issuer = issuer;
		// a map's entries by key: Map.of iterates in an order that changes with every start of the JVM, and a
		// content written in another order would be taken for changed content and the paper issued again
		this.contentJson = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
		this.clock = clock;
		for (SeriesPaper paper : SeriesPaper.values()) {
			issuer.requireTemplate(paper.template);
		}
	}

	/** What the templates are now; part of every series paper's content, so that a changed template makes a new one. */
	String templatesVersion() {
		return issuer.templatesVersion();
	}

	/**
	 * A paper of {@code what} for the series {@code key} (e.g. a service and a size), showing {@code content}, asked
	 * for now by a member of the school's staff and drawn from {@code model}.
	 */
	Paper paper(SeriesPaper what, School school, StaffMember staff, String key, Object content,
			Map<String, Object> model) {
		return Paper.aboutSchool(school, staff, what.kind, what.counter, clock.instant())
			.withSeries(what.kind.code() + ":" + key, contentJson.writeValueAsString(content))
			.withTemplate(what.template, model);
	}

	/** The paper's series' current paper while it shows the same content; otherwise this paper, issued now. */
	IssuedDocument current(Paper paper) {
		return issuer.currentOrIssue(paper);
	}
}
