package kz.qujat.schools.internal;

import kz.qujat.schools.AuditTrail;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (HTTP Basic and the login form) that refuses an account name from an address after too many
 * failures, and writes every failure to the audit trail (the name tried, never the password).
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;
	private final SignInThrottle throttle;
	private final AuditTrail audit;

	ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, AuditTrail audit) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
		if (throttle.blocked(username, address)) {
			throw new SignInThrottled(throttle.retryAfterSeconds());
		}
		try {
			Authentication authenticated = passwords.authenticate(attempt);
			throttle.succeeded(username, address);
			return authenticated;
		}
		catch (AuthenticationException e) {
			throttle.failed(username, address);
			audit.recordFor(username, "sign-in.failed", null, username, e.getClass().getSimpleName());
			throw e instanceof BadCredentialsException ? e : new BadCredentialsException("sign-in failed", e);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

	/** Too many failed sign-ins of this name from this address; answered 429 with Retry-After. */
	static final class SignInThrottled extends AuthenticationException {

		private final long retryAfterSeconds;

		SignInThrottled(long retryAfterSeconds) {
			super("too many failed sign-ins");
			this.retryAfterSeconds = retryAfterSeconds;
		}

		long retryAfterSeconds() {
			return retryAfterSeconds;
		}
	}
}
