package kz.qujat.webhooks.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;

import kz.qujat.schools.StaffMember;
import kz.qujat.webhooks.RegisteredWebhook;
import kz.qujat.webhooks.Webhook;
import kz.qujat.webhooks.WebhookDelivery;
import kz.qujat.webhooks.WebhookEvent;
import kz.qujat.webhooks.WebhookNotFound;
import kz.qujat.webhooks.WebhookRequest;
import kz.qujat.webhooks.Webhooks;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The director's webhook endpoints of the school, and what was delivered to them. */
@RestController
@RequestMapping("/api/v1/school/webhooks")
class WebhookController {

	/** The most attempts one listing shows. */
	private static final int DELIVERIES = 100;

	private final Webhooks webhooks;

	WebhookController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@Operation(summary = "Register a webhook endpoint", description = "An https:// address and the events it is "
			+ "told of. The answer holds the secret deliveries are signed with (Standard Webhooks); it is shown once.")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RegisteredWebhookResponse> register(@RequestBody WebhookRequest request, StaffMember director) {
		RegisteredWebhook registered = webhooks.register(director.schoolId(), request);
		Webhook webhook = registered.webhook();
		return ResponseEntity.created(URI.create(path(webhook.id())))
			.body(new RegisteredWebhookResponse(webhook.id(), path(webhook.id()), webhook.url().toString(),
					codes(webhook), webhook.enabled(), webhook.createdAt(), registered.secret()));
	}

	@Operation(summary = "List the school's webhook endpoints", description = "Without their secrets.")
	@GetMapping
	List<WebhookResponse> list(StaffMember director) {
		return webhooks.list(director.schoolId()).stream().map(WebhookResponse::of).toList();
	}

	@Operation(summary = "Get one webhook endpoint")
	@GetMapping("/{id}")
	WebhookResponse one(@PathVariable UUID id, StaffMember director) {
		return WebhookResponse.of(webhooks.find(director.schoolId(), id).orElseThrow(() -> new WebhookNotFound(id)));
	}

	@Operation(summary = "Disable a webhook endpoint", description = "It is told of nothing until it is enabled; "
			+ "messages already waiting wait with it.")
	@PostMapping("/{id}/disable")
	WebhookResponse disable(@PathVariable UUID id, StaffMember director) {
		return WebhookResponse.of(webhooks.enable(director.schoolId(), id, false));
	}

	@Operation(summary = "Enable a webhook endpoint again")
	@PostMapping("/{id}/enable")
	WebhookResponse enable(@PathVariable UUID id, StaffMember director) {
		return WebhookResponse.of(webhooks.enable(director.schoolId(), id, true));
	}

	@Operation(summary = "Delete a webhook endpoint", description = "With its waiting messages and their attempts.")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id, StaffMember director) {
		webhooks.delete(director.schoolId(), id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "List the attempts to deliver to a webhook endpoint", description = "The latest 100, "
			+ "newest first: each message's webhook-id, event and attempt, with the receiver's status code or the "
			+ "error that kept it from answering.")
	@GetMapping("/{id}/deliveries")
	List<WebhookDelivery> deliveries(@PathVariable UUID id, StaffMember director) {
		return webhooks.deliveries(director.schoolId(), id, DELIVERIES);
	}

	private static String path(UUID id) {
		return "/api/v1/school/webhooks/" + id;
	}

	private static List<String> codes(Webhook webhook) {
		return webhook.events().stream().map(WebhookEvent::code).toList();
	}

	/** A webhook endpoint as the API shows it, without its secret. */
	record WebhookResponse(UUID id, String self, String url, List<String> events, boolean enabled, Instant createdAt) {

		static WebhookResponse of(Webhook webhook) {
			return new WebhookResponse(webhook.id(), path(webhook.id()), webhook.url().toString(), codes(webhook),
					webhook.enabled(), webhook.createdAt());
		}
	}

	/** A webhook endpoint just registered, with its secret ({@code whsec_…}), shown this once. */
	record RegisteredWebhookResponse(UUID id, String self, String url, List<String> events, boolean enabled,
			Instant createdAt, String secret) {
	}
}
