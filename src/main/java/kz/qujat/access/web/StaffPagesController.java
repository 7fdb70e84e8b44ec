package kz.qujat.access.web;

import java.security.Principal;
import java.util.Locale;

import kz.qujat.access.SecuritySettings;
import kz.qujat.access.internal.SecurityConfiguration;
import kz.qujat.system.Bilingual;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page (what the service is, how to check a paper, where staff sign in) and the sign-in form, both
 * Kazakh by default and Russian by {@code ?lang=ru} or the browser's language. Pages only: a client asking for
 * JSON gets a problem, as everywhere else.
 */
@Controller
class StaffPagesController {

	private final SecuritySettings settings;

	StaffPagesController(SecuritySettings settings) {
		this.settings = settings;
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String home(Principal signedIn, CsrfToken csrf, Locale locale, Model model) {
		model.addAttribute("lang", language(locale));
		if (signedIn != null) {
			model.addAttribute("signedIn", signedIn.getName());
		}
		if (csrf != null) {
			model.addAttribute("csrf", csrf);
		}
		return "home";
	}

	@GetMapping(path = SecurityConfiguration.SIGN_IN_PAGE, produces = MediaType.TEXT_HTML_VALUE)
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
			@RequestParam(name = "signed-out", required = false) String signedOut, CsrfToken csrf, Locale locale,
			Model model) {
		model.addAttribute("lang", language(locale));
		if (throttled != null) {
			model.addAttribute("problem", "sign-in.throttled");
			model.addAttribute("minutes", Math.max(1, settings.failedSignInWindow().toMinutes()));
		}
		else if (error != null) {
			model.addAttribute("problem", "sign-in.failed");
		}
		else if (signedOut != null) {
			model.addAttribute("notice", "sign-in.signed-out");
		}
		if (csrf != null) {
			model.addAttribute("csrf", csrf);
		}
		return "sign-in";
	}

	private static String language(Locale locale) {
		return locale.getLanguage().equals(Bilingual.RUSSIAN.getLanguage()) ? "ru" : "kk";
	}
}
