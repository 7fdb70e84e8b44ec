package kz.qujat.schools.web;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.schools.AccountConflict;
import kz.qujat.schools.School;
import kz.qujat.schools.SchoolCreated;
import kz.qujat.schools.SchoolNotFound;
import kz.qujat.schools.SchoolUpdated;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffAccount;
import kz.qujat.schools.StaffAccountCreated;
import kz.qujat.schools.StaffAccountDisabled;
import kz.qujat.schools.StaffAccounts;
import kz.qujat.schools.StaffMember;
import kz.qujat.schools.StaffRole;
import kz.qujat.schools.WorkingHours;
import kz.qujat.system.Bilingual;
import kz.qujat.system.InvalidField;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schools and their accounts: the changes operators and directors make, each told as an event. */
@Service
class Administration {

	private final Schools schools;
	private final StaffAccounts staff;
	private final ServiceCatalog catalog;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;

	Administration(Schools schools, StaffAccounts staff, ServiceCatalog catalog, PasswordEncoder passwords,
			ApplicationEventPublisher events) {
		this.schools = schools;
		this.staff = staff;
		this.catalog = catalog;
		this.passwords = passwords;
		this.events = events;
	}

	@Transactional
	School createSchool(SchoolForm form) {
		School school = schools.create(toSchool(UUID.randomUUID(), form));
		events.publishEvent(new SchoolCreated(school));
		return school;
	}

	@Transactional
	School updateSchool(UUID id, SchoolForm form) {
		school(id);
		School school = schools.update(toSchool(id, form));
		events.publishEvent(new SchoolUpdated(school));
		return school;
	}

	@Transactional
	StaffMember addStaff(UUID schoolId, StaffForm form) {
		school(schoolId);
		if (staff.exists(form.username())) {
			throw new AccountConflict("username-taken", "username");
		}
		StaffMember member = new StaffMember(UUID.randomUUID(), schoolId, form.username(), form.fullName().strip(),
				Bilingual.of(form.positionKk(), form.positionRu()), StaffRole.fromCode(form.role()));
		staff.insert(member, passwords.encode(form.password()));
		events.publishEvent(new StaffAccountCreated(member));
		return member;
	}

	List<StaffMember> staffOf(UUID schoolId) {
		return accountsOf(schoolId).stream().map(StaffAccount::member).toList();
	}

	/** A school's accounts with whether each may still sign in, as the desk lists them. */
	List<StaffAccount> accountsOf(UUID schoolId) {
		return staff.ofSchool(schoolId);
	}

	/** The school of {@code id}, or the failure of a school that is not there (the API's 404). */
	School school(UUID id) {
		return schools.find(id).orElseThrow(() -> new SchoolNotFound("school", id));
	}

	@Transactional
	void disableStaff(StaffMember director, UUID id) {
		StaffAccount account = staff.find(id).filter(a -> director.schoolId().equals(a.member().schoolId()))
			.orElseThrow(() -> new SchoolNotFound("account", id));
		if (account.member().id().equals(director.id())) {
			throw new AccountConflict("cannot-disable-self", "id");
		}
		staff.disable(id);
		events.publishEvent(new StaffAccountDisabled(account.member()));
	}

	private School toSchool(UUID id, SchoolForm form) {
		for (int i = 0; i < form.services().size(); i++) {
			catalog.requireFor("services[" + i + "]", form.services().get(i));
		}
		ZoneId zone = zoneOf(form.timeZone());
		WorkingHours hours;
		try {
			hours = new WorkingHours(form.opens(), form.closes(), form.lunchStarts(), form.lunchEnds());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidField("opens", "working-hours");
		}
		return form.toSchool(id, hours, zone);
	}

	/**
	 * A region of the time zone database, such as Asia/Almaty, which follows the region's rules as they change; a
	 * fixed offset ({@code -1}, {@code +05:00}, {@code UTC+5}, {@code Etc/GMT-5}) does not, and is refused.
	 */
	private static ZoneId zoneOf(String id) {
		if (id == null || id.isBlank()) {
			return ZoneId.of("Asia/Almaty");
		}
		if (!id.contains("/") || id.startsWith("Etc/") || !ZoneId.getAvailableZoneIds().contains(id)) {
			throw new InvalidField("timeZone", "time-zone");
		}
		return ZoneId.of(id);
	}
}
