package kz.qujat.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the API treats integrations' retries.
 *
 * @param idempotencyTtl how long the answer to a request with an {@code Idempotency-Key} is kept and given again
 *     to a retry with the same key and body; after that the key is free and the request is new
 * @param idempotencyWait how long a retry that arrives while the first request with its key is still at work
 *     waits for that answer before it is answered {@code 409} with {@code Retry-After}
 */
@ConfigurationProperties("qujat.api")
public record ApiSettings(@DefaultValue("24h") Duration idempotencyTtl, @DefaultValue("2s") Duration idempotencyWait) {

	public ApiSettings {
		if (idempotencyTtl.isNegative() || idempotencyTtl.isZero() || idempotencyWait.isNegative()) {
			throw new IllegalArgumentException("qujat.api.idempotency-ttl must be positive, idempotency-wait not negative");
		}
	}
}
