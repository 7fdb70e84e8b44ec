package kz.qujat.frontdoor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.qujat.access.SecuritySettings;
import kz.qujat.access.SignedIn;
import kz.qujat.desk.DeskPage;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.JournalFilter;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;

import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front door. {@code /} gives a visitor the sign-in form (and how anyone checks a paper), school staff the day's
 * papers of their school and the actions a clerk takes most, an operator the way to the schools. {@code /login} is
 * the form again, where the sign-in leads back to: after a failure, too many failures, or signing out.
 */
@DeskPage
class FrontDoor {

	/** How many of the day's papers the home page lists, the newest first; the journal has the rest. */
	static final int TODAY_SHOWN = 20;

	private final IssuedDocuments documents;
	private final Schools schools;
	private final SecuritySettings settings;
	private final Clock clock;

	FrontDoor(IssuedDocuments documents, Schools schools, SecuritySettings settings, Clock clock) {
		this.documents = documents;
		this.schools = schools;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String home(Model model) {
		StaffMember staff = SignedIn.member().orElse(null);
		if (staff == null) {
			return "sign-in";
		}
		if (staff.schoolId() != null) {
			ZoneId zone = schools.require(staff.schoolId()).zone();
			LocalDate today = LocalDate.now(clock.withZone(zone));
			JournalFilter filter = JournalFilter.page(TODAY_SHOWN, 0)
				.withPeriod(today.atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant())
				.withNewestFirst();
			model.addAttribute("todays", documents.journal(staff.schoolId(), filter));
			model.addAttribute("todaysCount", documents.count(staff.schoolId(), filter));
			model.addAttribute("today", today);
			model.addAttribute("todaysJournal", "/desk/journal?from=" + today + "&to=" + today);
		}
		return "desk/home";
	}

	@GetMapping(path = SignedIn.FORM, produces = MediaType.TEXT_HTML_VALUE)
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
			@RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
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
		return "sign-in";
	}
}
