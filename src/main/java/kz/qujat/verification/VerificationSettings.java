package kz.qujat.verification;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param publicBaseUrl the address applicants' phones reach this service at; QR codes point under it
 * @param maxUpload the largest PDF anyone may upload to be checked; the servlet's multipart limits follow it
 * @param uploadTimeout how long checking one uploaded PDF may take before the answer is that it cannot be read
 */
@ConfigurationProperties("qujat.verification")
public record VerificationSettings(@DefaultValue("http://localhost:8080") URI publicBaseUrl,
		@DefaultValue("10MB") DataSize maxUpload, @DefaultValue("5s") Duration uploadTimeout) {

	public VerificationSettings {
		String scheme = publicBaseUrl.getScheme();
		if (!"https".equals(scheme) && !"http".equals(scheme) || publicBaseUrl.getHost() == null) {
			throw new IllegalArgumentException("qujat.verification.public-base-url must be an http(s) address, not "
					+ publicBaseUrl);
		}
		if (maxUpload.toBytes() < 1 || uploadTimeout.isNegative() || uploadTimeout.isZero()) {
			throw new IllegalArgumentException("qujat.verification.max-upload and upload-timeout must be positive");
		}
	}
}
