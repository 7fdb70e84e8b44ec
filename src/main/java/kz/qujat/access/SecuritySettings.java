package kz.qujat.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service guards itself.
 *
 * @param operatorUsername the operator account to create at startup when it is missing (required in the
 *     {@code prod} profile, with {@code operatorPassword})
 * @param publicRequestsPerMinute how many requests one client address may make in a minute to the public
 *     endpoints (verification page, JSON and upload, the catalog, health), or anywhere without credentials
 * @param failedSignInLimit how many failed sign-ins of one account from one address are allowed within
 *     {@code failedSignInWindow}; after that, sign-ins from there are refused until the window has passed
 */
@ConfigurationProperties("qujat.security")
public record SecuritySettings(String operatorUsername, String operatorPassword,
		@DefaultValue("120") int publicRequestsPerMinute, @DefaultValue("5") int failedSignInLimit,
		@DefaultValue("15m") Duration failedSignInWindow) {

	public SecuritySettings {
		if (publicRequestsPerMinute < 1 || failedSignInLimit < 1) {
			throw new IllegalArgumentException("qujat.security limits must be 1 or more");
		}
	}
}
