package kz.qujat.verification.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.system.Bilingual;
import kz.qujat.system.OfficialDates;
import kz.qujat.registry.VerificationCode;
import kz.qujat.verification.VerificationResult;
import kz.qujat.verification.Verifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page a QR code opens: Kazakh by default, Russian by {@code ?lang=ru} or the phone's language. */
@Controller
class VerificationPageController {

	private final Verifications verifications;

	VerificationPageController(Verifications verifications) {
		this.verifications = verifications;
	}

	@GetMapping("/v/{code}")
	String page(@PathVariable String code, Locale locale, Model model, HttpServletResponse response) {
		boolean russian = locale.getLanguage().equals(Bilingual.RUSSIAN.getLanguage());
		model.addAttribute("lang", russian ? "ru" : "kk");
		model.addAttribute("code", code.length() > 64 ? code.substring(0, 64) + "…" : code);
		VerificationResult result = verifications.byCode(code).orElse(null);
		if (result == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "not-found";
		}
		model.addAttribute("result", result);
		model.addAttribute("groupedCode", new VerificationCode(result.code()).grouped());
		model.addAttribute("issuedOn", russian ? OfficialDates.INSTANCE.ru(result.issuedOn())
				: OfficialDates.INSTANCE.kk(result.issuedOn()));
		if (result.revocation() != null) {
			model.addAttribute("revokedOn", russian ? OfficialDates.INSTANCE.ru(result.revocation().revokedOn())
					: OfficialDates.INSTANCE.kk(result.revocation().revokedOn()));
		}
		return "verify";
	}
}
