package kz.qujat.frontdoor;

import java.util.List;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.desk.Option;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The services a school renders, as a desk page offers them (a form's or a filter's choice): code and name in the
 * page's language, in the school's order.
 */
@Component
public class ServiceChoices {

	private final ServiceCatalog catalog;
	private final Schools schools;

	ServiceChoices(ServiceCatalog catalog, Schools schools) {
		this.catalog = catalog;
		this.schools = schools;
	}

	/** The services of the signed-in member's school. */
	public List<Option> of(StaffMember staff) {
		return of(schools.require(staff.schoolId()));
	}

	public List<Option> of(School school) {
		return school.services().stream()
			.flatMap(code -> catalog.find(code).stream())
			.map(service -> new Option(service.code(), service.name().in(LocaleContextHolder.getLocale())))
			.toList();
	}
}
