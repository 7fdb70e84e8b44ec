package kz.qujat.reports;

import java.util.LinkedHashMap;
import java.util.Map;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;

import org.springframework.stereotype.Service;

/**
 * The service passport posters of a school's reception stand. A poster is registered like every paper; asked
 * again while neither the service nor the school's profile changed, the same poster comes back, byte for byte;
 * once either changed, a new one is issued and the old one becomes superseded.
 */
@Service
public class PassportPosters {

	private final ServiceCatalog catalog;
	private final Schools schools;
	private final SeriesPapers papers;

	PassportPosters(ServiceCatalog catalog, Schools schools, SeriesPapers papers) {
		this.catalog = catalog;
		this.schools = schools;
		this.papers = papers;
	}

	/** The current poster of a service in a size, issued now if there is none or its content is out of date. */
	public IssuedDocument poster(StaffMember staff, String serviceCode, PosterSize size) {
		ServiceDefinition service = catalog.require(serviceCode);
		School school = schools.require(staff.schoolId());
		school.requireOffers(service.code());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("school", school);
		model.put("service", service);
		model.put("size", size.name());
		model.put("title", DocumentKind.PASSPORT.title());
		model.put("kk", true);
		model.put("ru", true);
		PosterContent content = new PosterContent(school, service, size, papers.templatesVersion());
		return papers.current(papers.paper(SeriesPaper.PASSPORT, school, staff, service.code() + ":" + size, content, model)
			.withService(service.code())
			.withSubject(service.name().ru()));
	}

	/** What a poster shows and how it is drawn; a poster is out of date when this changes. */
	record PosterContent(School school, ServiceDefinition service, PosterSize size, String templates) {
	}
}
