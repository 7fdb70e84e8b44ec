package kz.qujat.webhooks;

import java.util.List;

/** What a director asks for: where to deliver, and which {@link WebhookEvent} codes. */
public record WebhookRequest(String url, List<String> events) {
}
