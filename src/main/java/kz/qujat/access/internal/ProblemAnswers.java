package kz.qujat.access.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.system.DatabaseUnavailable;
import kz.qujat.system.Failure;
import kz.qujat.system.TooManyRequests;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** Answers 401 and 403 with the same problem details as every other failure, through the one mapping. */
class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final HandlerExceptionResolver resolver;

	ProblemAnswers(HandlerExceptionResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException cause) {
		if (cause instanceof TooManyFailedSignIns throttled) {
			resolver.resolveException(request, response, null,
					new TooManyRequests("too-many-sign-ins", throttled.retryAfterSeconds()));
			return;
		}
		Optional<DatabaseUnavailable> outage = DatabaseUnavailable.of(cause);
		if (outage.isPresent()) {
			// the account could not be looked up: not a wrong password, and not for the client to fix
			resolver.resolveException(request, response, null, outage.get());
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"qujat\"");
		resolver.resolveException(request, response, null, new SignInRequired());
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException cause) {
		resolver.resolveException(request, response, null,
				cause instanceof CsrfException ? new CsrfTokenRequired() : new NotAllowed());
	}

	static final class SignInRequired extends Failure {

		SignInRequired() {
			super(Kind.UNAUTHENTICATED, "sign-in-required", "no valid staff sign-in");
		}
	}

	static final class NotAllowed extends Failure {

		NotAllowed() {
			super(Kind.FORBIDDEN, "not-allowed", "the signed-in role may not do this");
		}
	}

	/** A request in a session, or the sign-in form, without the page's CSRF token (or with a stale one). */
	static final class CsrfTokenRequired extends Failure {

		CsrfTokenRequired() {
			super(Kind.FORBIDDEN, "csrf-token-required", "no valid CSRF token with a session or the sign-in form");
		}
	}
}
