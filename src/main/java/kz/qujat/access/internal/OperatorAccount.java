package kz.qujat.access.internal;

import java.util.UUID;

import kz.qujat.access.SecuritySettings;
import kz.qujat.schools.StaffAccounts;
import kz.qujat.schools.StaffMember;
import kz.qujat.schools.StaffRole;
import kz.qujat.system.Bilingual;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the operator account of {@code qujat.security.operator-username} and {@code -password} at startup when
 * it does not exist yet: how a production installation gets its first account. Instances starting together on
 * one database all try; the username is unique, so one makes the account and the others find it.
 */
@Component
@Order(2)
class OperatorAccount implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OperatorAccount.class);

	private final SecuritySettings settings;
	private final StaffAccounts staff;
	private final PasswordEncoder passwords;

	OperatorAccount(SecuritySettings settings, StaffAccounts staff, PasswordEncoder passwords) {
		this.settings = settings;
		this.staff = staff;
		this.passwords = passwords;
	}

	@Override
	public void run(ApplicationArguments args) {
		String username = settings.operatorUsername();
		if (username == null || username.isBlank() || settings.operatorPassword() == null || staff.exists(username)) {
			return;
		}
		if (staff.insertIfAbsent(new StaffMember(UUID.randomUUID(), null, username, "Оператор / Оператор",
				Bilingual.of("оператор", "оператор"), StaffRole.OPERATOR), passwords.encode(settings.operatorPassword()))) {
			log.info("Created the operator account {}", username);
		}
	}
}
