package kz.qujat.access.internal;

import kz.qujat.access.SignInFailed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (HTTP Basic and the login form) that refuses an account name from an address after too many
 * failures ({@link FailedSignIns}), and tells of every failure (the name tried, never the password).
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;
	private final FailedSignIns failures;
	private final ApplicationEventPublisher events;

	ThrottlingAuthenticationProvider(AuthenticationProvider passwords, FailedSignIns failures,
			ApplicationEventPublisher events) {
		this.passwords = passwords;
		this.failures = failures;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
		if (failures.blocked(username, address)) {
			throw new TooManyFailedSignIns(failures.retryAfterSeconds());
		}
		try {
			Authentication authenticated = passwords.authenticate(attempt);
			failures.succeeded(username, address);
			return authenticated;
		}
		catch (AuthenticationException e) {
			failures.failed(username, address);
			events.publishEvent(new SignInFailed(username, e.getClass().getSimpleName()));
			throw e instanceof BadCredentialsException ? e : new BadCredentialsException("sign-in failed", e);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}
}
