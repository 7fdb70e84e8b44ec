package kz.qujat.verification;

import kz.qujat.registry.VerificationCode;

import org.springframework.stereotype.Component;

/** The one place that knows the public address: where a code's verification page is. */
@Component
public class VerificationLinks {

	private final String base;

	VerificationLinks(VerificationSettings settings) {
		this.base = settings.publicBaseUrl().toString().replaceAll("/+$", "");
	}

	/** The page a QR code opens, e.g. {@code https://qujat.example.kz/v/7K2MQ9XD4HNBZR8TWC3F}. */
	public String pageOf(VerificationCode code) {
		return pagePrefix() + code.value();
	}

	/** What every verification page's address starts with; a link that does not is none of ours. */
	String pagePrefix() {
		return base + "/v/";
	}
}
