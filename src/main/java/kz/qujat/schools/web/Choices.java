package kz.qujat.schools.web;

import java.util.List;
import java.util.Locale;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.desk.Option;
import kz.qujat.schools.StaffRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The choices of the administration forms in the page's language: the catalog's services, a school account's roles. */
@Component
class Choices {

	private final ServiceCatalog catalog;
	private final MessageSource messages;

	Choices(ServiceCatalog catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	List<Option> services() {
		Locale locale = LocaleContextHolder.getLocale();
		return catalog.all().stream().map(service -> new Option(service.code(), service.name().in(locale))).toList();
	}

	/** The roles a school's account may have, as {@code StaffForm.role} names them. */
	List<Option> roles() {
		return List.of(role(StaffRole.CLERK), role(StaffRole.DIRECTOR));
	}

	private Option role(StaffRole role) {
		return new Option(role.code(), text("administration.role." + role.code()));
	}

	String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
