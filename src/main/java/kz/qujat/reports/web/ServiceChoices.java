package kz.qujat.reports.web;

import java.util.List;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.desk.Option;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The services of the signed-in member's school, as a desk page offers them: code and name in the page's language. */
@Component
class ServiceChoices {

	private final ServiceCatalog catalog;
	private final Schools schools;

	ServiceChoices(ServiceCatalog catalog, Schools schools) {
		this.catalog = catalog;
		this.schools = schools;
	}

	List<Option> of(StaffMember staff) {
		return schools.require(staff.schoolId()).services().stream()
			.flatMap(code -> catalog.find(code).stream())
			.map(service -> new Option(service.code(), service.name().in(LocaleContextHolder.getLocale())))
			.toList();
	}
}
