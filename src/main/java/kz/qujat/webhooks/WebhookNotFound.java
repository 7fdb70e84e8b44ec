package kz.qujat.webhooks;

import java.util.UUID;

import kz.qujat.system.Failure;

/** No webhook with this id in the caller's school. */
public class WebhookNotFound extends Failure {

	public WebhookNotFound(UUID id) {
		super(Kind.NOT_FOUND, "webhook-not-found", "no webhook " + id + " in this school", id);
	}
}
