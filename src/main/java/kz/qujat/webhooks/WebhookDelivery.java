package kz.qujat.webhooks;

import java.time.Instant;

/**
 * One attempt to deliver a message: {@code message} is the {@code webhook-id} it was sent with, the same on every
 * attempt; {@code statusCode} is what the receiver answered, or null with the {@code error} that kept it from
 * answering; {@code state} is where the message stands now ({@code pending}, {@code sending}, {@code delivered},
 * {@code failed}).
 */
public record WebhookDelivery(String message, String event, int attempt, Instant attemptedAt, Integer statusCode,
		String error, String state) {
}
