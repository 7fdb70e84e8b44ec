package kz.qujat.system.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.system.HttpSettings;

import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses JSON bodies over {@code qujat.http.max-json-body} before they are read: at once when the
 * declared length is too big, and while reading when the body comes chunked. Runs after the
 * {@code LanguageFilter}, so its answer is in the caller's language, after {@link MalformedRequests}, which has
 * refused a {@code Content-Type} that does not parse, and before the security filters.
 */
@Component
@Order(-101)
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long limit;
	private final HandlerExceptionResolver resolver;

	RequestBodyLimitFilter(HttpSettings settings, HandlerExceptionResolver handlerExceptionResolver) {
		this.limit = settings.maxJsonBody().toBytes();
		this.resolver = handlerExceptionResolver;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			resolver.resolveException(request, response, null, new RequestBodyTooLarge(limit));
			return;
		}
		chain.doFilter(new BoundedRequest(request, limit), response);
	}

	private static final class BoundedRequest extends HttpServletRequestWrapper {

		private final long limit;

		BoundedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					count(b < 0 ? 0 : 1);
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					count(Math.max(n, 0));
					return n;
				}

				private void count(int n) {
					read += n;
					if (read > limit) {
						throw new RequestBodyTooLarge(limit);
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}
			};
		}
	}
}
