package kz.qujat.system.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.RequestContextFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts the request's language in place before the security filters run, so an answer made there
 * (401, 403, 413) speaks the same language as the controllers. Runs right after Spring's
 * {@link RequestContextFilter}, which would otherwise leave the servlet container's guess. A page opened with
 * {@code ?lang=} (the language switch) remembers the choice; API calls leave nothing behind.
 */
@Component
class LanguageFilter extends OncePerRequestFilter implements Ordered {

	private final LocaleResolver languages;

	LanguageFilter(LocaleResolver localeResolver) {
		this.languages = localeResolver;
	}

	@Override
	public int getOrder() {
		return -104;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale previous = LocaleContextHolder.getLocale();
		Locale language = languages.resolveLocale(request);
		if ("GET".equals(request.getMethod()) && !request.getRequestURI().startsWith("/api/")
				&& LanguageResolver.switchedTo(request).isPresent()) {
			languages.setLocale(request, response, language);
		}
		LocaleContextHolder.setLocale(language, true);
		try {
			chain.doFilter(request, response);
		}
		finally {
			LocaleContextHolder.setLocale(previous, true);
		}
	}
}
