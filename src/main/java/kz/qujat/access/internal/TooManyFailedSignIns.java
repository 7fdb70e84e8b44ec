package kz.qujat.access.internal;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins of this name from this address; answered 429 with Retry-After. */
final class TooManyFailedSignIns extends AuthenticationException {

	private final long retryAfterSeconds;

	TooManyFailedSignIns(long retryAfterSeconds) {
		super("too many failed sign-ins");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
