package kz.qujat.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.issuance.Issuer;
import kz.qujat.issuance.Paper;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * The service passport posters of a school's reception stand. A poster is registered like every paper; asked
 * again while neither the service nor the school's profile changed, the same poster comes back, byte for byte;
 * once either changed, a new one is issued and the old one becomes superseded.
 */
@Service
public class PassportPosters {

	static final String TEMPLATE = "passport.ftlh";
	static final String JOURNAL = "passport";
	static final String PREFIX = "PSP";

	private final ServiceCatalog catalog;
	private final Schools schools;
	private final Issuer issuer;
	private final JsonMapper json;
	private final Clock clock;

	PassportPosters(ServiceCatalog catalog, Schools schools, Issuer issuer, JsonMapper json, Clock clock) {
		this.catalog = catalog;
		this.schools = schools;
		this.issuer = issuer;
		this.json = json;
		this.clock = clock;
		issuer.requireTemplate(TEMPLATE);
	}

	/** The current poster of a service in a size, issued now if there is none or its content is out of date. */
	public IssuedDocument poster(StaffMember staff, String serviceCode, PosterSize size) {
		ServiceDefinition service = catalog.require(serviceCode);
		School school = schools.require(staff.schoolId());
		school.requireOffers(service.code());
		String series = "passport:" + service.code() + ":" + size;
		String content = json.writeValueAsString(new PosterContent(school, service, size, issuer.templatesVersion()));
		return issuer.currentOrIssue(school.id(), series, content, () -> issue(staff, school, service, size, series, content));
	}

	private IssuedDocument issue(StaffMember staff, School school, ServiceDefinition service, PosterSize size,
			String series, String content) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("school", school);
		model.put("service", service);
		model.put("size", size.name());
		model.put("title", DocumentKind.PASSPORT.title());
		model.put("kk", true);
		model.put("ru", true);
		Instant now = clock.instant();
		return issuer.issue(new Paper(school.id(), staff.id(), DocumentKind.PASSPORT, JOURNAL, PREFIX, service.code(),
				series, "paper", null, null, now, now, null, null, true, DocumentKind.PASSPORT.title(),
				service.name().ru(), content, TEMPLATE, model), school.zone());
	}

	/** What a poster shows and how it is drawn; a poster is out of date when this changes. */
	record PosterContent(School school, ServiceDefinition service, PosterSize size, String templates) {
	}
}
