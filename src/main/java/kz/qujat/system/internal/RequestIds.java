package kz.qujat.system.internal;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that every log line written for it carries ({@code requestId} in the MDC, so in the
 * structured logs' JSON and in the plain pattern) and that its answer names in {@code X-Request-Id}. A load
 * balancer's id is kept when it sends one that is plainly an id; anything else is replaced, so a header cannot
 * write into the logs. Each answered request is one line of the {@code kz.qujat.requests} log: method, path (never
 * the query, which may hold a name searched for), status and time.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds extends OncePerRequestFilter {

	private static final Logger requests = LoggerFactory.getLogger("kz.qujat.requests");

	static final String HEADER = "X-Request-Id";

	static final String KEY = "requestId";

	private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// an error dispatch (a failure the container forwards to /error) keeps the id its request was given
		String id = request.getAttribute(KEY) instanceof String known ? known : idOf(request.getHeader(HEADER));
		request.setAttribute(KEY, id);
		response.setHeader(HEADER, id);
		MDC.put(KEY, id);
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (requests.isInfoEnabled() && !isAsyncStarted(request) && request.getDispatcherType() == DispatcherType.REQUEST) {
				requests.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
						(System.nanoTime() - started) / 1_000_000);
			}
			MDC.remove(KEY);
		}
	}

	private static String idOf(String given) {
		return given != null && PLAIN_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}
}
