package kz.qujat.schools.internal;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import kz.qujat.schools.School;
import kz.qujat.schools.SchoolsSettings;
import kz.qujat.schools.StaffMember;
import kz.qujat.schools.StaffRole;
import kz.qujat.schools.WorkingHours;
import kz.qujat.system.Bilingual;
import kz.qujat.system.Bin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With {@code qujat.schools.demo=true} (the embedded default), makes sure the invented demo school and its
 * accounts exist, so that the README's walk-through works at once: the clerk {@code demo} / {@code demo}, the
 * director {@code demo-director} / {@code demo} and the operator {@code operator} / {@code operator} (access
 * adds the clerk's API token). Well-known secrets: never on in production (the {@code prod} profile turns it off).
 */
@Component
@Order(1)
class DemoSchool implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSchool.class);

	static final UUID SCHOOL_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
	static final UUID CLERK_ID = UUID.fromString("00000000-0000-4000-8000-000000000002");
	static final UUID DIRECTOR_ID = UUID.fromString("00000000-0000-4000-8000-000000000003");
	static final UUID OPERATOR_ID = UUID.fromString("00000000-0000-4000-8000-000000000004");

	/** The demo renders every service of the catalog, the music school's included, to show them all. */
	static final List<String> ALL_SERVICES = List.of("teacher-attestation", "school-admission", "home-schooling",
			"education-duplicates", "additional-education-admission");

	private final SchoolsSettings settings;
	private final JdbcSchools schools;
	private final JdbcStaff staff;
	private final PasswordEncoder passwords;
	private final Clock clock;

	DemoSchool(SchoolsSettings settings, JdbcSchools schools, JdbcStaff staff, PasswordEncoder passwords, Clock clock) {
		this.settings = settings;
		this.schools = schools;
		this.staff = staff;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * One transaction for the whole demo set, so that no instance ever sees half a demo school; each row is
	 * inserted only if absent, under its fixed id and username, so that instances starting together on one
	 * database wait for the first one's rows and then find them instead of failing on a duplicate key.
	 */
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!settings.demo()) {
			return;
		}
		schools.insertIfAbsent(school(), OffsetDateTime.now(clock));
		for (StaffMember member : List.of(clerk(), director(), operator())) {
			// the check spares a BCrypt hash (tens of milliseconds) on every later start; the insert decides
			if (!staff.exists(member.username())) {
				staff.insertIfAbsent(member,
						passwords.encode(member.username().equals("operator") ? "operator" : "demo"));
			}
		}
		log.info("Demo school is ready. Sign in as clerk demo / demo, director demo-director / demo, operator "
				+ "operator / operator. (qujat.schools.demo=false turns the demo off.)");
	}

	static School school() {
		return new School(SCHOOL_ID,
				Bilingual.of("«Жұлдыз ауылының № 7 жалпы білім беретін мектебі» КММ",
						"КГУ «Общеобразовательная школа № 7 села Жулдыз»"),
				new Bin("940140000385"),
				Bilingual.of("Ақмола облысы, Жұлдыз ауылы, Бейбітшілік көшесі, 12",
						"Акмолинская область, село Жулдыз, улица Бейбитшилик, 12"),
				"Серікбаева Гүлнар Мұратқызы", "Әбілқасымова Әйгерім Нұрланқызы",
				Bilingual.of("директордың оқу ісі жөніндегі орынбасары", "заместитель директора по учебной работе"),
				"+7 716 000 00 07", "school7@example.kz", "https://school7.example.kz",
				new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0), LocalTime.of(13, 0), LocalTime.of(14, 0)),
				ZoneId.of("Asia/Almaty"), ALL_SERVICES);
	}

	static StaffMember clerk() {
		return new StaffMember(CLERK_ID, SCHOOL_ID, "demo", "Құдайбергенова Сәуле Ерғалиқызы",
				Bilingual.of("іс жүргізуші", "делопроизводитель"), StaffRole.CLERK);
	}

	static StaffMember director() {
		return new StaffMember(DIRECTOR_ID, SCHOOL_ID, "demo-director", "Серікбаева Гүлнар Мұратқызы",
				Bilingual.of("директор", "директор"), StaffRole.DIRECTOR);
	}

	static StaffMember operator() {
		return new StaffMember(OPERATOR_ID, null, "operator", "Жүйе операторы",
				Bilingual.of("оператор", "оператор"), StaffRole.OPERATOR);
	}
}
