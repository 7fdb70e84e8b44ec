package kz.qujat.schools.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kz.qujat.schools.School;
import kz.qujat.schools.SchoolExists;
import kz.qujat.schools.Schools;
import kz.qujat.schools.WorkingHours;
import kz.qujat.system.Bilingual;
import kz.qujat.system.Bin;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSchools implements Schools {

	private final JdbcClient jdbc;
	private final Clock clock;

	JdbcSchools(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<School> find(UUID id) {
		return jdbc.sql("select * from school where id = ?").param(id).query(JdbcSchools::school).optional();
	}

	@Override
	public Map<UUID, String> staffNames(UUID schoolId) {
		Map<UUID, String> names = new HashMap<>();
		jdbc.sql("select id, full_name from staff where school_id = ?").param(schoolId)
			.query(rs -> {
				names.put(rs.getObject("id", UUID.class), rs.getString("full_name"));
			});
		return names;
	}

	@Override
	public List<School> all() {
		return jdbc.sql("select * from school order by name_ru").query(JdbcSchools::school).list();
	}

	@Override
	public School create(School school) {
		try {
			insert(school, OffsetDateTime.now(clock));
		}
		catch (DuplicateKeyException e) {
			throw new SchoolExists();
		}
		return school;
	}

	@Override
	public School update(School school) {
		WorkingHours hours = school.hours();
		try {
			jdbc.sql("""
					update school set name_kk = ?, name_ru = ?, bin = ?, address_kk = ?, address_ru = ?, director_name = ?,
					    responsible_name = ?, responsible_position_kk = ?, responsible_position_ru = ?, phone = ?, email = ?,
					    website = ?, opens_at = ?, closes_at = ?, lunch_starts_at = ?, lunch_ends_at = ?, time_zone = ?,
					    services = ?
					where id = ?
					""")
				.params(school.name().kk(), school.name().ru(), school.bin().value(), school.address().kk(),
						school.address().ru(), school.directorName(), school.responsibleName(),
						school.responsiblePosition().kk(), school.responsiblePosition().ru(), school.phone(), school.email(),
						school.website(), hours.opens(), hours.closes(), hours.lunchStarts(), hours.lunchEnds(),
						school.zone().getId(), String.join(",", school.services()), school.id())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new SchoolExists();
		}
		return school;
	}

	boolean any() {
		return jdbc.sql("select count(*) from school").query(Long.class).single() > 0;
	}

	void insert(School school, OffsetDateTime now) {
		insert(school, now, "");
	}

	/**
	 * Adds the school unless its id or BIN is taken. Safe with several instances at once: on PostgreSQL and H2
	 * alike the second insert waits for the first one's transaction and then does nothing.
	 */
	void insertIfAbsent(School school, OffsetDateTime now) {
		insert(school, now, " on conflict do nothing");
	}

	private int insert(School school, OffsetDateTime now, String onConflict) {
		WorkingHours hours = school.hours();
		return jdbc.sql("""
				insert into school (id, name_kk, name_ru, bin, address_kk, address_ru, director_name, responsible_name,
				    responsible_position_kk, responsible_position_ru, phone, email, website, opens_at, closes_at,
				    lunch_starts_at, lunch_ends_at, time_zone, services, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""" + onConflict)
			.params(school.id(), school.name().kk(), school.name().ru(), school.bin().value(), school.address().kk(),
					school.address().ru(), school.directorName(), school.responsibleName(),
					school.responsiblePosition().kk(), school.responsiblePosition().ru(), school.phone(), school.email(),
					school.website(), hours.opens(), hours.closes(), hours.lunchStarts(), hours.lunchEnds(),
					school.zone().getId(), String.join(",", school.services()), now)
			.update();
	}

	private static School school(ResultSet rs, int row) throws SQLException {
		return new School(rs.getObject("id", UUID.class), Bilingual.of(rs.getString("name_kk"), rs.getString("name_ru")),
				new Bin(rs.getString("bin")), Bilingual.of(rs.getString("address_kk"), rs.getString("address_ru")),
				rs.getString("director_name"), rs.getString("responsible_name"),
				Bilingual.of(rs.getString("responsible_position_kk"), rs.getString("responsible_position_ru")),
				rs.getString("phone"), rs.getString("email"), rs.getString("website"),
				new WorkingHours(rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class),
						rs.getObject("lunch_starts_at", LocalTime.class), rs.getObject("lunch_ends_at", LocalTime.class)),
				ZoneId.of(rs.getString("time_zone")), List.of(rs.getString("services").split(",")));
	}
}
