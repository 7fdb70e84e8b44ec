package kz.qujat.frontdoor.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import kz.qujat.access.SignedIn;
import kz.qujat.frontdoor.DeskView;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Bilingual;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.freemarker.FreeMarkerViewResolver;

/** Makes the layout's {@link DeskView} of a request, for pages and for the failure pages alike. */
@Component
class DeskViews {

	private final Schools schools;
	private final ObjectProvider<FreeMarkerViewResolver> templates;

	DeskViews(Schools schools, ObjectProvider<FreeMarkerViewResolver> templates) {
		this.schools = schools;
		this.templates = templates;
	}

	/** The page that names a failure ({@code desk/failure.ftlh}). */
	View failurePage() throws Exception {
		return templates.getObject().resolveViewName("desk/failure", LocaleContextHolder.getLocale());
	}

	DeskView of(HttpServletRequest request) {
		StaffMember staff = SignedIn.member().orElse(null);
		School school = staff == null || staff.schoolId() == null ? null : schools.find(staff.schoolId()).orElse(null);
		CsrfToken csrf = request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token : null;
		return new DeskView(language(), request.getRequestURI(), staff, school, csrf);
	}

	static String language() {
		Locale locale = LocaleContextHolder.getLocale();
		return Bilingual.RUSSIAN.getLanguage().equals(locale.getLanguage()) ? "ru" : "kk";
	}
}
