package kz.qujat.schools.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an empty database with {@code qujat.schools.demo=true} (the embedded default), creates an invented
 * school and its clerk {@code demo} / {@code demo}, so the README's walk-through works at once.
 */
@Component
class DemoSchool implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSchool.class);

	static final UUID SCHOOL_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
	static final UUID CLERK_ID = UUID.fromString("00000000-0000-4000-8000-000000000002");

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

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!settings.demo()) {
			return;
		}
		if (!schools.any()) {
			OffsetDateTime now = OffsetDateTime.now(clock);
			schools.insert(school(), now);
			staff.insert(clerk(), passwords.encode("demo"), now);
		}
		if (staff.find("demo").isPresent()) {
			log.info("Demo school is ready: sign in as demo / demo (qujat.schools.demo=false turns this off)");
		}
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
}
