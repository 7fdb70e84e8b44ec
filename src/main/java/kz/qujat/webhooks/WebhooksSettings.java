package kz.qujat.webhooks;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowLocalHttp whether {@code http://localhost} and {@code http://127.0.0.1} may be registered, for trying
 *     webhooks out on one machine; otherwise only {@code https://} addresses are
 * @param allowPrivateAddresses whether addresses inside a network (private, link-local, loopback, unique-local; see
 *     {@link ReceiverHosts}) may be registered and sent to; off, they are refused
 * @param timeout how long one delivery may take, connecting included
 * @param retries how long to wait after each failed attempt before the next; after the last, the message fails
 * @param sendingStale a message still {@code sending} this long after it was claimed was left by an instance that died
 */
@ConfigurationProperties("qujat.webhooks")
public record WebhooksSettings(@DefaultValue("false") boolean allowLocalHttp,
		@DefaultValue("false") boolean allowPrivateAddresses, @DefaultValue("10s") Duration timeout,
		@DefaultValue({ "5s", "5m", "30m", "2h", "5h", "10h", "10h" }) List<Duration> retries,
		@DefaultValue("2m") Duration sendingStale) {
}
