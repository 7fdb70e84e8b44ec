package kz.qujat.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail: issuing, downloads, revocations, profile, staff and token changes, token use and failed
 * sign-ins, as {@link AuditedFacts} hears of them. Who and from where come from the current request; the fact
 * says what and to which object.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action of the signed-in account on an object of a school (null for installation-wide ones). */
	void record(String action, UUID schoolId, String target, String details) {
		write(action, schoolId, actor(), target, details);
	}

	/** Records an action done by {@code actor}, who is not (or not yet) signed in: a failed sign-in, say. */
	void recordFor(String actor, String action, UUID schoolId, String target, String details) {
		write(action, schoolId, actor, target, details);
	}

	/** A school's entries ({@code schoolId}), or every school's (null), newest first. */
	public List<AuditEvent> list(UUID schoolId, Instant from, Instant to, String action, int limit) {
		StringBuilder sql = new StringBuilder("select * from audit_event where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (schoolId != null) {
			sql.append(" and school_id = :school");
			params.put("school", schoolId);
		}
		if (from != null) {
			sql.append(" and at >= :from");
			params.put("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
		}
		if (to != null) {
			sql.append(" and at < :to");
			params.put("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
		}
		if (action != null) {
			sql.append(" and action = :action");
			params.put("action", action);
		}
		sql.append(" order by at desc limit :limit");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params)
			.query((rs, row) -> new AuditEvent(rs.getObject("id", UUID.class),
					rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getObject("school_id", UUID.class),
					rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("address"),
					rs.getString("details")))
			.list();
	}

	private void write(String action, UUID schoolId, String actor, String target, String details) {
		jdbc.sql("""
				insert into audit_event (id, at, school_id, actor, action, target, address, details)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), schoolId,
					truncate(actor, 150), action, truncate(target, 200), address(), truncate(details, 500))
			.update();
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? null : authentication.getName();
	}

	/** The client's address as the servlet container sees it (behind a proxy, see server.forward-headers-strategy). */
	private static String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}
}
