package kz.qujat.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import kz.qujat.system.Coded;
import kz.qujat.system.InvalidField;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A school's webhook endpoints, which its director registers, lists, disables, enables and deletes, and the
 * attempts to deliver to them. Only {@code https://} addresses are taken, and {@code http://localhost} while
 * {@link WebhooksSettings#allowLocalHttp()} says so; none that leads into the service's own network
 * ({@link ReceiverHosts}).
 */
@Service
public class Webhooks {

	/** Standard Webhooks' prefix of a secret. */
	public static final String SECRET_PREFIX = "whsec_";

	private static final int SECRET_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final WebhooksSettings settings;
	private final ReceiverHosts hosts;
	private final Clock clock;

	Webhooks(JdbcClient jdbc, WebhooksSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.hosts = new ReceiverHosts(settings);
		this.clock = clock;
	}

	/** Registers an endpoint, enabled; the answer carries its secret, which is never shown again. */
	public RegisteredWebhook register(UUID schoolId, WebhookRequest request) {
		URI url = address(request.url());
		List<WebhookEvent> events = events(request.events());
		byte[] key = new byte[SECRET_BYTES];
		RANDOM.nextBytes(key);
		String secret = SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into webhook (id, school_id, url, events, secret, enabled, created_at)
				values (?, ?, ?, ?, ?, true, ?)
				""").params(id, schoolId, url.toString(),
						events.stream().map(WebhookEvent::code).collect(Collectors.joining(",")), secret,
						OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
		return new RegisteredWebhook(find(schoolId, id).orElseThrow(), secret);
	}

	public List<Webhook> list(UUID schoolId) {
		return jdbc.sql("select * from webhook where school_id = ? order by created_at, id").param(schoolId)
			.query(Webhooks::webhook).list();
	}

	public Optional<Webhook> find(UUID schoolId, UUID id) {
		return jdbc.sql("select * from webhook where id = ? and school_id = ?").params(id, schoolId)
			.query(Webhooks::webhook).optional();
	}

	/** Enables or disables an endpoint: a disabled one is told of nothing, and its pending messages wait. */
	public Webhook enable(UUID schoolId, UUID id, boolean enabled) {
		if (jdbc.sql("update webhook set enabled = ? where id = ? and school_id = ?").params(enabled, id, schoolId)
			.update() == 0) {
			throw new WebhookNotFound(id);
		}
		return find(schoolId, id).orElseThrow();
	}

	/** Deletes an endpoint with its messages and their attempts. */
	public void delete(UUID schoolId, UUID id) {
		if (jdbc.sql("delete from webhook where id = ? and school_id = ?").params(id, schoolId).update() == 0) {
			throw new WebhookNotFound(id);
		}
	}

	/** The latest attempts to deliver to an endpoint of the school, newest first. */
	public List<WebhookDelivery> deliveries(UUID schoolId, UUID id, int limit) {
		find(schoolId, id).orElseThrow(() -> new WebhookNotFound(id));
		return jdbc.sql("""
				select m.id, m.event, m.state, a.attempt, a.attempted_at, a.status_code, a.error
				from webhook_attempt a join webhook_message m on m.id = a.message_id
				where m.webhook_id = ? order by a.attempted_at desc, m.id, a.attempt desc limit ?
				""").params(id, limit)
			.query((rs, row) -> new WebhookDelivery(rs.getString("id"), rs.getString("event"), rs.getInt("attempt"),
					rs.getObject("attempted_at", OffsetDateTime.class).toInstant(),
					rs.getObject("status_code", Integer.class), rs.getString("error"), rs.getString("state")))
			.list();
	}

	private URI address(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidField("url", "required");
		}
		URI uri;
		try {
			uri = new URI(text.strip());
		}
		catch (URISyntaxException malformed) {
			throw new InvalidField("url", "webhook-url");
		}
		if (!uri.isAbsolute() || uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null
				|| text.length() > 500) {
			throw new InvalidField("url", "webhook-url");
		}
		boolean local = "localhost".equalsIgnoreCase(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
		if (!"https".equalsIgnoreCase(uri.getScheme())
				&& !("http".equalsIgnoreCase(uri.getScheme()) && local && settings.allowLocalHttp())) {
			throw new InvalidField("url", "webhook-https");
		}
		if (hosts.refused(uri.getHost()).isPresent()) {
			throw new InvalidField("url", "webhook-private-address");
		}
		return uri;
	}

	private static List<WebhookEvent> events(List<String> codes) {
		if (codes == null || codes.isEmpty()) {
			throw new InvalidField("events", "required");
		}
		List<WebhookEvent> events = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			String field = "events[" + i + "]";
			if (codes.get(i) == null) {
				throw new InvalidField(field, "required");
			}
			WebhookEvent event = Coded.of(WebhookEvent.class, codes.get(i))
				.orElseThrow(() -> new InvalidField(field, "webhook-event"));
			if (!events.contains(event)) {
				events.add(event);
			}
		}
		return events;
	}

	static Webhook webhook(ResultSet rs, int row) throws SQLException {
		return new Webhook(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
				URI.create(rs.getString("url")), stored(rs.getString("events")), rs.getBoolean("enabled"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	/** The events of a stored endpoint, from their codes separated by commas. */
	private static List<WebhookEvent> stored(String codes) {
		return Arrays.stream(codes.split(",")).map(code -> Coded.of(WebhookEvent.class, code).orElseThrow()).toList();
	}
}
