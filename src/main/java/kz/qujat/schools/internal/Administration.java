package kz.qujat.schools.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.schools.AccountConflict;
import kz.qujat.schools.AuditTrail;
import kz.qujat.schools.School;
import kz.qujat.schools.SchoolNotFound;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.schools.StaffRole;
import kz.qujat.schools.WorkingHours;
import kz.qujat.system.Bilingual;
import kz.qujat.system.InvalidField;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schools, their accounts and API tokens: the changes operators and directors make, each written to the audit trail. */
@Service
class Administration {

	private final Schools schools;
	private final JdbcStaff staff;
	private final ApiTokens tokens;
	private final ServiceCatalog catalog;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;

	Administration(Schools schools, JdbcStaff staff, ApiTokens tokens, ServiceCatalog catalog, PasswordEncoder passwords,
			AuditTrail audit) {
		this.schools = schools;
		this.staff = staff;
		this.tokens = tokens;
		this.catalog = catalog;
		this.passwords = passwords;
		this.audit = audit;
	}

	@Transactional
	School createSchool(SchoolForm form) {
		School school = schools.create(toSchool(UUID.randomUUID(), form));
		audit.record("school.created", school.id(), school.bin().value(), null);
		return school;
	}

	@Transactional
	School updateSchool(UUID id, SchoolForm form) {
		schools.find(id).orElseThrow(() -> new SchoolNotFound("school", id));
		School school = schools.update(toSchool(id, form));
		audit.record("school.updated", id, school.bin().value(), null);
		return school;
	}

	@Transactional
	StaffMember addStaff(UUID schoolId, StaffForm form) {
		schools.find(schoolId).orElseThrow(() -> new SchoolNotFound("school", schoolId));
		if (staff.exists(form.username())) {
			throw new AccountConflict("username-taken", "username");
		}
		StaffMember member = new StaffMember(UUID.randomUUID(), schoolId, form.username(), form.fullName().strip(),
				Bilingual.of(form.positionKk(), form.positionRu()), StaffRole.fromCode(form.role()));
		staff.insert(member, passwords.encode(form.password()));
		audit.record("staff.created", schoolId, member.username(), member.role().code());
		return member;
	}

	List<StaffMember> staffOf(UUID schoolId) {
		return staff.ofSchool(schoolId).stream().map(StaffAccount::member).toList();
	}

	@Transactional
	void disableStaff(StaffMember director, UUID id) {
		StaffAccount account = staff.find(id).filter(a -> director.schoolId().equals(a.member().schoolId()))
			.orElseThrow(() -> new SchoolNotFound("account", id));
		if (account.member().id().equals(director.id())) {
			throw new AccountConflict("cannot-disable-self", "id");
		}
		staff.disable(id);
		audit.record("staff.disabled", director.schoolId(), account.member().username(), null);
	}

	@Transactional
	ApiTokens.Created createToken(StaffMember director, String name, String username) {
		StaffMember actsAs = username == null ? director
				: staff.find(username).map(StaffAccount::member)
					.filter(m -> director.schoolId().equals(m.schoolId()))
					.orElseThrow(() -> new InvalidField("staff", "unknown-staff"));
		ApiTokens.Created created = tokens.create(director.schoolId(), actsAs.id(), name.strip(), director.id());
		audit.record("token.created", director.schoolId(), created.token().name(), "acts as " + actsAs.username());
		return created;
	}

	List<ApiTokens.Token> tokensOf(UUID schoolId) {
		return tokens.ofSchool(schoolId);
	}

	@Transactional
	void revokeToken(StaffMember director, UUID id) {
		ApiTokens.Token token = tokens.find(director.schoolId(), id).orElseThrow(() -> new SchoolNotFound("token", id));
		if (tokens.revoke(director.schoolId(), id)) {
			audit.record("token.revoked", director.schoolId(), token.name(), null);
		}
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
