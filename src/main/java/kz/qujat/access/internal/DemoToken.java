package kz.qujat.access.internal;

import kz.qujat.schools.SchoolsSettings;
import kz.qujat.schools.StaffAccounts;
import kz.qujat.schools.StaffMember;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With {@code qujat.schools.demo=true}, makes sure the demo clerk {@code demo} has the well-known API token
 * {@code demo-token}, made by the demo director, once the demo school's accounts exist; instances starting together
 * on one database make it once (its secret's hash is unique).
 */
@Component
@Order(2)
class DemoToken implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoToken.class);

	static final String TOKEN = "demo-token";

	private final SchoolsSettings settings;
	private final StaffAccounts staff;
	private final ApiTokens tokens;

	DemoToken(SchoolsSettings settings, StaffAccounts staff, ApiTokens tokens) {
		this.settings = settings;
		this.staff = staff;
		this.tokens = tokens;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!settings.demo()) {
			return;
		}
		if (!tokens.exists(TOKEN)) {
			StaffMember clerk = staff.find("demo").orElseThrow().member();
			StaffMember director = staff.find("demo-director").orElseThrow().member();
			tokens.createIfAbsent(clerk.schoolId(), clerk.id(), "demo", director.id(), TOKEN);
		}
		log.info("The demo clerk's API token is ready: Authorization: Bearer {}", TOKEN);
	}
}
