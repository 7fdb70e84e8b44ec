package kz.qujat.access.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.access.SecuritySettings;
import kz.qujat.system.TooManyRequests;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Limits what one client address may ask of the public endpoints (verification, the catalog, health), and
 * whatever it asks without credentials: a token bucket per address, refilled every minute. Over the limit the
 * answer is 429 with Retry-After, so that guessing verification codes, scraping pages or sending garbage stays
 * slow. Buckets of quiet addresses are dropped. Runs before anything reads the request beyond its headers.
 */
class PublicRateLimit extends OncePerRequestFilter {

	private final RequestMatcher publicEndpoints;
	private final HandlerExceptionResolver resolver;
	private final Bandwidth limit;
	private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(200_000)
		.build();

	PublicRateLimit(SecuritySettings settings, RequestMatcher publicEndpoints, HandlerExceptionResolver resolver) {
		this.publicEndpoints = publicEndpoints;
		this.resolver = resolver;
		this.limit = Bandwidth.builder().capacity(settings.publicRequestsPerMinute())
			.refillGreedy(settings.publicRequestsPerMinute(), Duration.ofMinutes(1))
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		boolean credentials = request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getRequestedSessionId() != null;
		return credentials && !isPublic(request);
	}

	/** A path that does not even parse is garbage, and counts as public. */
	private boolean isPublic(HttpServletRequest request) {
		try {
			return publicEndpoints.matches(request);
		}
		catch (RuntimeException unparsable) {
			return true;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = buckets.get(request.getRemoteAddr(), address -> Bucket.builder().addLimit(limit).build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1;
			resolver.resolveException(request, response, null, new TooManyRequests("rate-limited", seconds));
			return;
		}
		chain.doFilter(request, response);
	}
}
