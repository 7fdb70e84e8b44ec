package kz.qujat.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import kz.qujat.system.InvalidField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which addresses production refuses (allow-local-http and allow-private-addresses off): checked before anything is
 * stored. IP literals throughout, so that no answer depends on a name server.
 */
class WebhookAddressTests {

	private final Webhooks production = new Webhooks(null, settings(false, false), Clock.systemUTC());

	@ParameterizedTest
	@CsvSource({ "http://localhost:9000/hook, webhook-https", "http://127.0.0.1/hook, webhook-https",
			"http://example.com/hook, webhook-https", "ws://example.com/hook, webhook-https",
			"https://user@example.com/hook, webhook-url", "https://example.com/hook#part, webhook-url",
			"/relative/hook, webhook-url", "'https://exa mple.com', webhook-url" })
	void onlyHttpsAddressesAreTaken(String url, String rule) {
		InvalidField refused = catchThrowableOfType(InvalidField.class,
				() -> production.register(null, new WebhookRequest(url, List.of("document.issued"))));

		assertThat(refused).as(url).isNotNull();
		assertThat(refused.field()).isEqualTo("url");
		assertThat(refused.rule()).as(url).isEqualTo(rule);
	}

	@ParameterizedTest
	@CsvSource({ "https://localhost/hook", "https://127.0.0.1:8443/hook", "https://[::1]/hook", "https://10.0.0.5/hook",
			"https://172.16.0.1/hook", "https://172.31.255.254/hook", "https://192.168.0.10/hook",
			"https://169.254.169.254/latest/meta-data", "https://100.64.0.1/hook", "https://0.0.0.0/hook",
			"https://[fe80::1]/hook", "https://[fd00:ec2::254]/hook", "https://[::ffff:10.0.0.1]/hook",
			"https://224.0.0.1/hook", "https://255.255.255.255/hook" })
	void anAddressInsideTheNetworkIsRefused(String url) {
		InvalidField refused = catchThrowableOfType(InvalidField.class,
				() -> production.register(null, new WebhookRequest(url, List.of("document.issued"))));

		assertThat(refused).as(url).isNotNull();
		assertThat(refused.field()).isEqualTo("url");
		assertThat(refused.rule()).as(url).isEqualTo("webhook-private-address");
	}

	@ParameterizedTest
	@CsvSource({ "203.0.113.7", "172.32.0.1", "100.128.0.1", "192.169.0.1", "[2001:db8::1]", "11.0.0.1" })
	void anAddressOnTheInternetIsTaken(String host) {
		assertThat(new ReceiverHosts(settings(false, false)).refused(host)).as(host).isEmpty();
	}

	@Test
	void loopbackIsTakenForTryingOutAndEveryAddressWhenTheRegionAllowsItsOwnNetwork() {
		ReceiverHosts tryingOut = new ReceiverHosts(settings(true, false));
		assertThat(tryingOut.refused("127.0.0.1")).isEmpty();
		assertThat(tryingOut.refused("localhost")).isEmpty();
		assertThat(tryingOut.refused("10.0.0.5")).isPresent();

		ReceiverHosts ownNetwork = new ReceiverHosts(settings(false, true));
		assertThat(ownNetwork.refused("10.0.0.5")).isEmpty();
		assertThat(ownNetwork.refused("169.254.169.254")).isEmpty();
	}

	private static WebhooksSettings settings(boolean allowLocalHttp, boolean allowPrivateAddresses) {
		return new WebhooksSettings(allowLocalHttp, allowPrivateAddresses, Duration.ofSeconds(1),
				List.of(Duration.ofSeconds(5)), Duration.ofMinutes(1));
	}
}
