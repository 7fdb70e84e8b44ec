package kz.qujat.signing.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The generated signing keys in the database, one encrypted PKCS#12 per school, so that every instance on the
 * database signs a school's papers with the same key.
 */
@Repository
class GeneratedKeys {

	private final JdbcClient jdbc;

	GeneratedKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<byte[]> find(UUID schoolId) {
		return jdbc.sql("select keystore from signing_key where school_id = ?").param(schoolId).query(byte[].class)
			.optional();
	}

	/** The schools that have a key stored. */
	Set<UUID> schools() {
		return Set.copyOf(jdbc.sql("select school_id from signing_key").query(UUID.class).list());
	}

	/** The key stored first, if any: all are encrypted with one password, so opening it checks that password. */
	Optional<Stored> first() {
		return jdbc.sql("select school_id, keystore from signing_key order by created_at, school_id limit 1")
			.query((rs, row) -> new Stored(rs.getObject("school_id", UUID.class), rs.getBytes("keystore"))).optional();
	}

	/**
	 * Stores the school's key unless it has one; false when it had. With instances generating at once, the first
	 * insert wins and the others, waiting for its transaction on the primary key, do nothing and read the winner's.
	 */
	boolean insertIfAbsent(UUID schoolId, byte[] keystore, Instant now) {
		return jdbc.sql("insert into signing_key (school_id, keystore, created_at) values (?, ?, ?) on conflict do nothing")
			.params(schoolId, keystore, now.atOffset(ZoneOffset.UTC)).update() == 1;
	}

	/** Every stored key. */
	List<Stored> all() {
		return jdbc.sql("select school_id, keystore from signing_key order by created_at, school_id")
			.query((rs, row) -> new Stored(rs.getObject("school_id", UUID.class), rs.getBytes("keystore"))).list();
	}

	/**
	 * Replaces the school's stored key with {@code now} if it is still {@code was}; false when another instance
	 * replaced it first.
	 */
	boolean replace(UUID schoolId, byte[] was, byte[] now) {
		return jdbc.sql("update signing_key set keystore = ? where school_id = ? and keystore = ?")
			.params(now, schoolId, was).update() == 1;
	}

	record Stored(UUID schoolId, byte[] keystore) {
	}
}
