package kz.qujat.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP interface, and how long a stopping instance goes on answering after its readiness went DOWN
 * ({@code drainBeforeStop}), so that a load balancer's health check notices before connections are refused.
 */
@ConfigurationProperties("qujat.http")
public record HttpSettings(@DefaultValue("256KB") DataSize maxJsonBody, @DefaultValue("0s") Duration drainBeforeStop) {

	public HttpSettings {
		if (drainBeforeStop.isNegative()) {
			throw new IllegalArgumentException("qujat.http.drain-before-stop must not be negative, was " + drainBeforeStop);
		}
	}
}
