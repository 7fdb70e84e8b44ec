package kz.qujat.system.internal;

import java.io.IOException;
import java.nio.charset.Charset;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
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
		if (request.getContentType() != null && !usable(request)) {
			if (request.getDispatcherType() == DispatcherType.ERROR) {
				// the container refused the request already (TRACE): its error page is answered, read without the charset
				chain.doFilter(new HttpServletRequestWrapper(request) {
					@Override
					public String getCharacterEncoding() {
						return null;
					}
				}, response);
				return;
			}
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

	/** A media type that parses, is no wildcard, and whose charset, if it names one, this Java knows. */
	/** Also on the way to the error page, where Spring decodes the path by the request's charset too. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static boolean usable(HttpServletRequest request) {
		try {
			MediaType type = MediaType.parseMediaType(request.getContentType());
			// the container reads the charset on its own (an empty "charset=" too), and Spring decodes the path by it
			String charset = request.getCharacterEncoding();
			return !type.isWildcardType() && !type.isWildcardSubtype() && (charset == null || Charset.isSupported(charset));
		}
		catch (IllegalArgumentException unparsable) {
			// InvalidMediaTypeException, IllegalCharsetNameException
			return false;
		}
	}
}
