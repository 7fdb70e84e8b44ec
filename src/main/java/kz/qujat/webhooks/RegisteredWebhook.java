package kz.qujat.webhooks;

/**
 * A webhook as it was just registered, with the secret its deliveries are signed with ({@code whsec_} and the
 * base64 of its bytes, as Standard Webhooks writes it). The secret is shown this once.
 */
public record RegisteredWebhook(Webhook webhook, String secret) {
}
