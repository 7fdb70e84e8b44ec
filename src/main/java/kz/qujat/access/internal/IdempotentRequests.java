package kz.qujat.access.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.access.ApiSettings;
import kz.qujat.access.internal.IdempotencyKeys.Answer;
import kz.qujat.access.internal.IdempotencyKeys.Entry;
import kz.qujat.access.internal.IdempotencyKeys.Keyed;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Failure;
import kz.qujat.system.Idempotent;
import kz.qujat.system.RetryLater;
import kz.qujat.system.Sha256;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * {@code Idempotency-Key} (IETF httpapi draft) on the API writes marked {@link Idempotent}: a staff request with a
 * key is answered, within {@code qujat.api.idempotency-ttl}, with what the first request of the school with that
 * key, method, path and body bytes was answered: status, {@code Location}, {@code Content-Type} and body, byte for
 * byte, the work done once. The same key with another body (or on another endpoint) is refused {@code 422}; a
 * retry that arrives while the first is still at work waits up to {@code qujat.api.idempotency-wait} for its answer,
 * then is answered {@code 409} with {@code Retry-After}. Answers below 500 are kept, refusals too (the same request
 * would be refused again); a 5xx, or a failure that escapes, frees the key for a retry. Runs after Spring Security,
 * whose sign-in names the school; requests without the header, or not of a staff member, pass untouched.
 */
@Component
// right after Spring Security's filters (-100), inside them, where the sign-in is known
@Order(-99)
class IdempotentRequests extends OncePerRequestFilter {

	/** A claim this old is of a process that died at work; no request takes this long (rendering takes ms). */
	private static final Duration ABANDONED = Duration.ofMinutes(5);

	private static final Duration POLL = Duration.ofMillis(50);

	private static final int MAX_REQUEST = 2048;

	private final IdempotencyKeys keys;
	private final HandlerMapping handlers;
	private final HandlerExceptionResolver resolver;
	private final Clock clock;
	private final Duration wait;

	IdempotentRequests(IdempotencyKeys keys, @Qualifier("requestMappingHandlerMapping") HandlerMapping handlers,
			HandlerExceptionResolver handlerExceptionResolver, Clock clock, ApiSettings settings) {
		this.keys = keys;
		this.handlers = handlers;
		this.resolver = handlerExceptionResolver;
		this.clock = clock;
		this.wait = settings.idempotencyWait();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(Idempotent.HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<StaffMember> member = StaffMemberArgumentResolver.current();
		String target = request.getMethod() + " " + request.getRequestURI();
		if (member.isEmpty() || member.get().schoolId() == null || target.length() > MAX_REQUEST || !idempotent(request)) {
			chain.doFilter(request, response);
			return;
		}
		IdempotencyKey key;
		try {
			key = IdempotencyKey.of(request.getHeaders(Idempotent.HEADER));
		}
		catch (Failure malformed) {
			resolver.resolveException(request, response, null, malformed);
			return;
		}
		// bounded by the body limit's filter, which ran before
		byte[] body = request.getInputStream().readAllBytes();
		Keyed keyed = new Keyed(member.get().schoolId(), key.value(), target, Sha256.hex(body));
		try {
			answer(keyed, new ReplayedBody(request, body), response, chain);
		}
		catch (Failure refused) {
			resolver.resolveException(request, response, null, refused);
		}
	}

	private void answer(Keyed keyed, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long giveUp = System.nanoTime() + wait.toNanos();
		while (true) {
			UUID claim = UUID.randomUUID();
			if (keys.claim(keyed, claim)) {
				work(keyed, claim, request, response, chain);
				return;
			}
			Optional<Entry> seen = keys.find(keyed);
			if (seen.isEmpty()) {
				continue; // freed since the claim failed
			}
			Entry entry = seen.get();
			if (keys.expired(entry) || (!entry.done() && abandoned(entry))) {
				if (keys.takeOver(keyed, entry, claim)) {
					work(keyed, claim, request, response, chain);
					return;
				}
				continue;
			}
			if (!entry.sameRequest(keyed)) {
				throw new KeyReused();
			}
			if (entry.done()) {
				replay(entry.answer(), response);
				return;
			}
			if (System.nanoTime() - giveUp > 0) {
				throw new KeyInUse();
			}
			sleep();
		}
	}

	private void work(Keyed keyed, UUID claim, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, cached);
		}
		catch (IOException | ServletException | RuntimeException failed) {
			keys.release(keyed, claim);
			throw failed;
		}
		// committed: an error sent past the cache (sendError), whose page is not in it to keep
		if (cached.getStatus() < 500 && !response.isCommitted()) {
			keys.finish(keyed, claim, new Answer(cached.getStatus(), cached.getHeader(HttpHeaders.LOCATION),
					cached.getContentType(), cached.getContentAsByteArray()));
		}
		else {
			keys.release(keyed, claim);
		}
		cached.copyBodyToResponse();
	}

	private static void replay(Answer answer, HttpServletResponse response) throws IOException {
		response.setStatus(answer.status());
		if (answer.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, answer.location());
		}
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		byte[] body = answer.body() == null ? new byte[0] : answer.body();
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private boolean abandoned(Entry entry) {
		return entry.createdAt().plus(ABANDONED).isBefore(clock.instant());
	}

	/** Whether the request goes to an endpoint marked {@link Idempotent}; false when it goes nowhere. */
	private boolean idempotent(HttpServletRequest request) {
		Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		try {
			ServletRequestPathUtils.parseAndCache(request);
			HandlerExecutionChain handler = handlers.getHandler(request);
			return handler != null && handler.getHandler() instanceof HandlerMethod method
					&& method.hasMethodAnnotation(Idempotent.class);
		}
		catch (Exception unmatched) {
			// no method, media type or path of the endpoint's: the dispatcher answers that as it would without a key
			return false;
		}
		finally {
			request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed);
		}
	}

	private static void sleep() throws IOException {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for the first request with the key", interrupted);
		}
	}

	/** The key was used before with another body or on another endpoint. */
	static final class KeyReused extends Failure {

		KeyReused() {
			super(Kind.UNPROCESSABLE, "idempotency-key-reused", Idempotent.HEADER,
					"Idempotency-Key used before for another request", null);
		}
	}

	/** The first request with the key is still at work. */
	static final class KeyInUse extends Failure implements RetryLater {

		KeyInUse() {
			super(Kind.CONFLICT, "idempotency-key-in-use", Idempotent.HEADER, "Idempotency-Key in use", null);
		}

		@Override
		public long retryAfterSeconds() {
			return 1;
		}
	}

	/** The request with its body read already, so that the endpoint reads the same bytes again. */
	private static final class ReplayedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReplayedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is read already");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}
	}
}
