package kz.qujat.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import kz.qujat.system.InvalidField;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses production refuses (allow-local-http off): checked before anything is stored. */
class WebhookAddressTests {

	private final Webhooks production = new Webhooks(null,
			new WebhooksSettings(false, Duration.ofSeconds(1), List.of(Duration.ofSeconds(5)), Duration.ofMinutes(1)),
			Clock.systemUTC());

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
}
