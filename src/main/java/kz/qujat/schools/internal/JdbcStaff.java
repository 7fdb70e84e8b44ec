package kz.qujat.schools.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import kz.qujat.schools.StaffMember;
import kz.qujat.schools.StaffRole;
import kz.qujat.system.Bilingual;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** Staff accounts in the database; also what HTTP Basic sign-in looks users up in. */
@Repository
class JdbcStaff implements UserDetailsService {

	private final JdbcClient jdbc;

	JdbcStaff(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return find(username).orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
	}

	Optional<StaffAccount> find(String username) {
		return jdbc.sql("select * from staff where username = ?")
			.param(username)
			.query((rs, row) -> new StaffAccount(
					new StaffMember(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
							rs.getString("username"), rs.getString("full_name"),
							Bilingual.of(rs.getString("position_kk"), rs.getString("position_ru")),
							StaffRole.valueOf(rs.getString("role"))),
					rs.getString("password_hash"), rs.getBoolean("enabled")))
			.optional();
	}

	void insert(StaffMember member, String passwordHash, OffsetDateTime now) {
		jdbc.sql("""
				insert into staff (id, school_id, username, password_hash, full_name, position_kk, position_ru, role,
				    enabled, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, true, ?)
				""")
			.params(member.id(), member.schoolId(), member.username(), passwordHash, member.fullName(),
					member.position().kk(), member.position().ru(), member.role().name(), now)
			.update();
	}
}
