package kz.qujat.verification;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicBaseUrl the address applicants' phones reach this service at; QR codes point under it
 */
@ConfigurationProperties("qujat.verification")
public record VerificationSettings(@DefaultValue("http://localhost:8080") URI publicBaseUrl) {

	public VerificationSettings {
		String scheme = publicBaseUrl.getScheme();
		if (!"https".equals(scheme) && !"http".equals(scheme) || publicBaseUrl.getHost() == null) {
			throw new IllegalArgumentException("qujat.verification.public-base-url must be an http(s) address, not "
					+ publicBaseUrl);
		}
	}
}
