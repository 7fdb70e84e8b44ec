package kz.qujat.access.internal;

import java.io.Serializable;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kz.qujat.system.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API tokens: 256 random bits, shown once; only their SHA-256 is kept. A fast hash is right here (unlike for
 * passwords): a token is a random secret no dictionary holds, and it is checked on every request.
 */
@Repository
public class ApiTokens {

	/** How often a token's last use is written; a token used many times a second is written once a minute. */
	private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A token of the school that acts as the staff member {@code staffId}; its secret is in the answer only. */
	public Created create(UUID schoolId, UUID staffId, String name, UUID createdBy) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return create(schoolId, staffId, name, createdBy, "qjt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
	}

	private Created create(UUID schoolId, UUID staffId, String name, UUID createdBy, String secret) {
		Token token = token(schoolId, staffId, name, createdBy, secret);
		insert(token, secret, "");
		return new Created(token, secret);
	}

	/**
	 * Adds a token with a secret given unless a token has that secret already; only for the demo's well-known
	 * {@code demo-token}, which instances starting together on one database all try to make. True when this call
	 * made it.
	 */
	boolean createIfAbsent(UUID schoolId, UUID staffId, String name, UUID createdBy, String secret) {
		return insert(token(schoolId, staffId, name, createdBy, secret), secret, " on conflict do nothing") == 1;
	}

	private Token token(UUID schoolId, UUID staffId, String name, UUID createdBy, String secret) {
		return new Token(UUID.randomUUID(), schoolId, staffId, name, secret.substring(0, Math.min(8, secret.length())),
				createdBy, clock.instant(), null, null);
	}

	private int insert(Token token, String secret, String onConflict) {
		return jdbc.sql("""
				insert into api_token (id, school_id, staff_id, name, secret_hash, hint, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""" + onConflict)
			.params(token.id(), token.schoolId(), token.staffId(), token.name(), Sha256.hex(secret), token.hint(),
					token.createdBy(), utc(token.createdAt()))
			.update();
	}

	public List<Token> ofSchool(UUID schoolId) {
		return jdbc.sql("select * from api_token where school_id = ? order by created_at desc").param(schoolId)
			.query(ApiTokens::token).list();
	}

	public Optional<Token> find(UUID schoolId, UUID id) {
		return jdbc.sql("select * from api_token where school_id = ? and id = ?").params(schoolId, id)
			.query(ApiTokens::token).optional();
	}

	/** Revokes a token of the school, at once; false when it was revoked already. */
	public boolean revoke(UUID schoolId, UUID id) {
		return jdbc.sql("update api_token set revoked_at = ? where school_id = ? and id = ? and revoked_at is null")
			.params(utc(clock.instant()), schoolId, id).update() == 1;
	}

	/**
	 * The live token with this secret, if any, and whether this use was noted as its last use (at most once a
	 * minute, so that a busy integration does not write on every request).
	 */
	Optional<Use> use(String secret) {
		return jdbc.sql("select * from api_token where secret_hash = ? and revoked_at is null")
			.param(Sha256.hex(secret)).query(ApiTokens::token).optional()
			.map(token -> {
				Instant now = clock.instant();
				boolean noted = token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USE_RESOLUTION));
				if (noted) {
					jdbc.sql("update api_token set last_used_at = ? where id = ?").params(utc(now), token.id()).update();
				}
				return new Use(token, noted);
			});
	}

	boolean exists(String secret) {
		return jdbc.sql("select count(*) from api_token where secret_hash = ?").param(Sha256.hex(secret)).query(Integer.class)
			.single() > 0;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Token token(ResultSet rs, int row) throws SQLException {
		return new Token(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
				rs.getObject("staff_id", UUID.class), rs.getString("name"), rs.getString("hint"),
				rs.getObject("created_by", UUID.class), instant(rs, "created_at"), instant(rs, "last_used_at"),
				instant(rs, "revoked_at"));
	}

	/**
	 * A token as its school sees it: never its secret, only the first characters as a hint.
	 *
	 * @param staffId the account the token acts as
	 */
	public record Token(UUID id, UUID schoolId, UUID staffId, String name, String hint, UUID createdBy, Instant createdAt,
			Instant lastUsedAt, Instant revokedAt) implements Serializable {
	}

	/** A token's use: the token, and whether this use was written down as its last use. */
	record Use(Token token, boolean noted) {
	}

	/** A token just made, with the secret that is shown this once. */
	public record Created(Token token, String secret) implements Serializable {
	}
}
