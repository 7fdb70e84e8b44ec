package kz.qujat.schools.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kz.qujat.schools.StaffAccount;
import kz.qujat.schools.StaffAccounts;
import kz.qujat.schools.StaffMember;
import kz.qujat.schools.StaffRole;
import kz.qujat.system.Bilingual;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStaff implements StaffAccounts {

	private final JdbcClient jdbc;
	private final Clock clock;

	JdbcStaff(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<StaffAccount> find(String username) {
		return jdbc.sql("select * from staff where username = ?").param(username).query(JdbcStaff::account).optional();
	}

	@Override
	public Optional<StaffAccount> find(UUID id) {
		return jdbc.sql("select * from staff where id = ?").param(id).query(JdbcStaff::account).optional();
	}

	@Override
	public List<StaffAccount> ofSchool(UUID schoolId) {
		return jdbc.sql("select * from staff where school_id = ? order by full_name").param(schoolId)
			.query(JdbcStaff::account).list();
	}

	@Override
	public boolean exists(String username) {
		return jdbc.sql("select count(*) from staff where username = ?").param(username).query(Integer.class).single() > 0;
	}

	@Override
	public void insert(StaffMember member, String passwordHash) {
		insert(member, passwordHash, "");
	}

	@Override
	public boolean insertIfAbsent(StaffMember member, String passwordHash) {
		return insert(member, passwordHash, " on conflict do nothing") == 1;
	}

	private int insert(StaffMember member, String passwordHash, String onConflict) {
		return jdbc.sql("""
				insert into staff (id, school_id, username, password_hash, full_name, position_kk, position_ru, role,
				    enabled, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, true, ?)""" + onConflict)
			.params(member.id(), member.schoolId(), member.username(), passwordHash, member.fullName(),
					member.position().kk(), member.position().ru(), member.role().name(), OffsetDateTime.now(clock))
			.update();
	}

	@Override
	public void disable(UUID id) {
		jdbc.sql("update staff set enabled = false where id = ?").param(id).update();
	}

	private static StaffAccount account(ResultSet rs, int row) throws SQLException {
		return new StaffAccount(new StaffMember(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
				rs.getString("username"), rs.getString("full_name"),
				Bilingual.of(rs.getString("position_kk"), rs.getString("position_ru")),
				StaffRole.valueOf(rs.getString("role"))), rs.getString("password_hash"), rs.getBoolean("enabled"));
	}
}
