package kz.qujat.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import kz.qujat.access.ApiSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The keys of schools' keyed requests ({@link IdempotentRequests}), in the database so that every instance knows
 * them. A key is claimed by an insert before its request is worked on, so of two racing requests, on one instance or
 * two, only one does the work; the claim then holds the answer, or is deleted when the work failed.
 */
@Repository
class IdempotencyKeys {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApiSettings settings;

	IdempotencyKeys(JdbcClient jdbc, Clock clock, ApiSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/** Claims the key for this request; false when the school has a row for the key already, of whatever age. */
	boolean claim(Keyed keyed, UUID claim) {
		return jdbc.sql("""
				insert into idempotency_key (school_id, idempotency_key, request, request_sha256, state, claim, created_at)
				values (?, ?, ?, ?, 'in-progress', ?, ?) on conflict do nothing""")
			.params(keyed.schoolId(), keyed.key(), keyed.request(), keyed.sha256(), claim, utc(clock.instant()))
			.update() == 1;
	}

	/**
	 * Claims the key over the row {@code seen} (an expired one, or a claim its process abandoned) for this request;
	 * false when another request changed the row first.
	 */
	boolean takeOver(Keyed keyed, Entry seen, UUID claim) {
		return jdbc.sql("""
				update idempotency_key set request = ?, request_sha256 = ?, state = 'in-progress', claim = ?, status = null,
				    location = null, content_type = null, body = null, created_at = ?
				where school_id = ? and idempotency_key = ? and claim = ?""")
			.params(keyed.request(), keyed.sha256(), claim, utc(clock.instant()), keyed.schoolId(), keyed.key(), seen.claim())
			.update() == 1;
	}

	Optional<Entry> find(Keyed keyed) {
		return jdbc.sql("select * from idempotency_key where school_id = ? and idempotency_key = ?")
			.params(keyed.schoolId(), keyed.key())
			.query(IdempotencyKeys::entry)
			.optional();
	}

	/** Keeps the answer under the claim; nothing when the claim was taken over meanwhile. */
	void finish(Keyed keyed, UUID claim, Answer answer) {
		jdbc.sql("""
				update idempotency_key set state = 'done', status = ?, location = ?, content_type = ?, body = ?
				where school_id = ? and idempotency_key = ? and claim = ?""")
			.params(answer.status(), answer.location(), answer.contentType(), answer.body(), keyed.schoolId(), keyed.key(),
					claim)
			.update();
	}

	/** Frees the key of a request that failed, so that a retry does the work. */
	void release(Keyed keyed, UUID claim) {
		jdbc.sql("delete from idempotency_key where school_id = ? and idempotency_key = ? and claim = ?")
			.params(keyed.schoolId(), keyed.key(), claim)
			.update();
	}

	/** Whether a row made at {@code createdAt} is past {@code qujat.api.idempotency-ttl}: its key is free again. */
	boolean expired(Entry entry) {
		return !entry.createdAt().plus(settings.idempotencyTtl()).isAfter(clock.instant());
	}

	/** Deletes the rows past {@code qujat.api.idempotency-ttl}; claiming treats them as absent already. */
	@Scheduled(initialDelayString = "${qujat.api.idempotency-sweep-every:10m}",
			fixedDelayString = "${qujat.api.idempotency-sweep-every:10m}")
	void sweep() {
		int swept = jdbc.sql("delete from idempotency_key where created_at <= ?")
			.param(utc(clock.instant().minus(settings.idempotencyTtl())))
			.update();
		if (swept > 0) {
			log.debug("Swept {} expired idempotency keys", swept);
		}
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		int status = rs.getInt("status");
		Answer answer = rs.wasNull() ? null
				: new Answer(status, rs.getString("location"), rs.getString("content_type"), rs.getBytes("body"));
		return new Entry(rs.getString("request"), rs.getString("request_sha256"), "done".equals(rs.getString("state")),
				rs.getObject("claim", UUID.class), answer, rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A keyed request of a school: the method and path it went to and the SHA-256 of its body's bytes. */
	record Keyed(UUID schoolId, String key, String request, String sha256) {
	}

	/** The answer kept for a key: status, the headers a client acts on, the body's bytes. */
	record Answer(int status, String location, String contentType, byte[] body) {
	}

	/** A key's row: the request that claimed it, whether its answer is in, and when it was claimed. */
	record Entry(String request, String sha256, boolean done, UUID claim, Answer answer, Instant createdAt) {

		boolean sameRequest(Keyed keyed) {
			return request.equals(keyed.request()) && sha256.equals(keyed.sha256());
		}
	}
}
