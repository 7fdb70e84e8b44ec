package kz.qujat.system.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers malformed requests where no controller would get the chance, with {@link ProblemDetailsAdvice}'s
 * answers: a {@code Content-Type} that names no usable media type ({@code charset=x-bogus}, {@code *}{@code /*})
 * is refused as unsupported (415) before anything tries to read by it; and what fails in a later filter (a
 * security filter asking for a parameter that does not decode, a sign-in form cut short) gets the answer it
 * would get in a controller, rather than the container's 500 with its stack trace in the log. Runs after the
 * language is set and the public rate limit has counted the request, before the body limit and security.
 */
@Component
@Order(-102)
class MalformedRequests extends OncePerRequestFilter {

	private final HandlerExceptionResolver resolver;

	MalformedRequests(HandlerExceptionResolver handlerExceptionResolver) {
		this.resolver = handlerExceptionResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType != null && !usable(contentType)) {
			resolver.resolveException(request, response, null,
					new HttpMediaTypeNotSupportedException("Content-Type names no usable media type"));
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException failure) {
			if (response.isCommitted()) {
				throw failure;
			}
			response.reset();
			resolver.resolveException(request, response, null, failure);
		}
	}

	private static boolean usable(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException unparsable) {
			return false;
		}
	}
}
