package kz.qujat.webhooks.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kz.qujat.webhooks.ReceiverHosts;
import kz.qujat.webhooks.WebhooksSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox's messages. Each is claimed with a conditional update, so that several instances polling one
 * database never send one at the same time; one a dead instance left {@code sending} is sent again (a receiver
 * tells a repeat by its {@code webhook-id}). A 2xx answer delivers it; anything else is retried after each of
 * {@link WebhooksSettings#retries()} in turn, then the message fails. Every attempt is recorded.
 */
@Component
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final WebhooksSettings settings;
	private final Clock clock;
	private final HttpClient http;
	private final ReceiverHosts hosts;

	DeliveryWorker(JdbcClient jdbc, TransactionTemplate transactions, WebhooksSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
		this.hosts = new ReceiverHosts(settings);
		// a redirect could lead anywhere, http:// included: a receiver answers where it was registered
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** A message with where it goes. */
	private record Message(String id, URI url, String secret, String payload, int attempts) {
	}

	@Scheduled(fixedDelayString = "${qujat.webhooks.poll-millis:500}")
	void work() {
		OffsetDateTime now = now();
		for (Message message : due("m.state = 'pending' and m.next_attempt_at <= ?", now)) {
			if (claim(message.id(), "state = 'pending' and next_attempt_at <= ?", now)) {
				deliver(message);
			}
		}
		OffsetDateTime stale = now.minus(settings.sendingStale());
		for (Message message : due("m.state = 'sending' and m.claimed_at < ?", stale)) {
			if (claim(message.id(), "state = 'sending' and claimed_at < ?", stale)) {
				deliver(message);
			}
		}
	}

	private void deliver(Message message) {
		int attempt = message.attempts() + 1;
		Integer status = null;
		String error;
		// the name may have come to lead inside the network since it was registered
		Optional<InetAddress> inside = hosts.refused(message.url().getHost());
		if (inside.isPresent()) {
			error = "not sent: " + message.url().getHost() + " resolves to " + inside.get().getHostAddress()
					+ ", an address inside the network";
		}
		else {
			try {
				status = send(message);
				error = null;
			}
			catch (IOException unreachable) {
				error = describe(unreachable);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				error = "interrupted";
			}
		}
		boolean delivered = status != null && status >= 200 && status < 300;
		if (!delivered) {
			log.info("Webhook message {} not delivered on attempt {}: {}", message.id(), attempt,
					status != null ? "status " + status : error);
		}
		record(message.id(), attempt, status, error, delivered);
	}

	/** One attempt: the signed POST; its status. */
	private int send(Message message) throws IOException, InterruptedException {
		long timestamp = clock.instant().getEpochSecond();
		HttpResponse<Void> response = http.send(HttpRequest.newBuilder(message.url())
			.timeout(settings.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "qujat-webhooks")
			.header("webhook-id", message.id())
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature",
					StandardWebhooks.signature(message.secret(), message.id(), timestamp, message.payload()))
			.POST(HttpRequest.BodyPublishers.ofString(message.payload(), StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.discarding());
		return response.statusCode();
	}

	/** The attempt, and where the message goes from here, in one transaction; nothing if it is no longer ours. */
	private void record(String id, int attempt, Integer status, String error, boolean delivered) {
		OffsetDateTime now = now();
		List<Duration> retries = settings.retries();
		String state = delivered ? "delivered" : attempt > retries.size() ? "failed" : "pending";
		OffsetDateTime next = state.equals("pending") ? now.plus(retries.get(attempt - 1)) : now;
		transactions.executeWithoutResult(transaction -> {
			if (jdbc.sql("""
					update webhook_message set state = ?, attempts = ?, next_attempt_at = ?, claimed_at = null
					where id = ? and state = 'sending' and attempts = ?
					""").params(state, attempt, next, id, attempt - 1).update() == 1) {
				jdbc.sql("""
						insert into webhook_attempt (message_id, attempt, attempted_at, status_code, error)
						values (?, ?, ?, ?, ?)
						""").params(id, attempt, now, status, error).update();
			}
		});
	}

	private List<Message> due(String condition, OffsetDateTime at) {
		return jdbc.sql("""
				select m.id, m.payload, m.attempts, w.url, w.secret
				from webhook_message m join webhook w on w.id = m.webhook_id
				where w.enabled and\s""" + condition + " order by m.created_at limit 20")
			.param(at)
			.query((rs, row) -> new Message(rs.getString("id"), URI.create(rs.getString("url")),
					rs.getString("secret"), rs.getString("payload"), rs.getInt("attempts")))
			.list();
	}

	private boolean claim(String id, String condition, OffsetDateTime at) {
		return jdbc.sql("update webhook_message set state = 'sending', claimed_at = ? where id = ? and " + condition)
			.params(now(), id, at).update() == 1;
	}

	/** Why there was no answer, short: the kind of failure and its message, never the body of anything. */
	private static String describe(IOException failure) {
		String text = failure.getClass().getSimpleName()
				+ (failure.getMessage() == null ? "" : ": " + failure.getMessage());
		return text.length() > 300 ? text.substring(0, 300) : text;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
