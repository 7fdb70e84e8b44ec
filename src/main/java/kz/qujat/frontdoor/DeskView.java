package kz.qujat.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import kz.qujat.schools.School;
import kz.qujat.schools.StaffMember;
import kz.qujat.schools.StaffRole;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the layout shows around every desk page: the language ({@code kk} or {@code ru}), the page's own path (the
 * language switch links back to it), who is signed in and their school (both {@code null} for a visitor; the school
 * also for an operator), and the CSRF token every form and htmx request sends.
 */
public record DeskView(String lang, String path, StaffMember staff, School school, CsrfToken csrf) {

	public boolean signedIn() {
		return staff != null;
	}

	public boolean director() {
		return staff != null && staff.role() == StaffRole.DIRECTOR;
	}

	public boolean clerk() {
		return staff != null && staff.role() == StaffRole.CLERK;
	}

	public boolean operator() {
		return staff != null && staff.role() == StaffRole.OPERATOR;
	}

	/** Directors and clerks work with a school's papers; operators do not. */
	public boolean schoolStaff() {
		return director() || clerk();
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	/** A day as the desk shows it: {@code 01.12.2026}. */
	public String date(LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}

	/** A moment as the desk shows it, in the school's time zone (UTC for an operator): {@code 01.12.2026 09:30}. */
	public String time(Instant moment) {
		return moment == null ? "" : MOMENT.format(moment.atZone(school == null ? ZoneOffset.UTC : school.zone()));
	}

	/** The school's name in the page's language. */
	public String schoolName() {
		return school == null ? null : "ru".equals(lang) ? school.name().ru() : school.name().kk();
	}
}
