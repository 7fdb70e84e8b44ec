package kz.qujat.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An endpoint of a school's system that is told of the {@code events} it asked for, while it is enabled. */
public record Webhook(UUID id, UUID schoolId, URI url, List<WebhookEvent> events, boolean enabled,
		Instant createdAt) {

	public Webhook {
		events = List.copyOf(events);
	}
}
