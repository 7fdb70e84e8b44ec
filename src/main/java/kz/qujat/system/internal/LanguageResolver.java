package kz.qujat.system.internal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.system.Bilingual;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Kazakh unless the request asks for Russian, by {@code ?lang=ru} (the switch on public pages) or by
 * {@code Accept-Language}. Stateless: no cookie, no session.
 */
class LanguageResolver implements LocaleResolver {

	private static final List<Locale> SUPPORTED = List.of(Bilingual.KAZAKH, Bilingual.RUSSIAN);

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		// the query string only: asking for parameters would make the container read a form or an upload's body
		// here, in a filter, before its size limits can answer
		String lang = UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
			.getFirst("lang");
		if (lang != null) {
			return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(lang)).findFirst()
					.orElse(Bilingual.KAZAKH);
		}
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Bilingual.KAZAKH;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return match != null ? match : Bilingual.KAZAKH;
		}
		catch (IllegalArgumentException malformed) {
			return Bilingual.KAZAKH;
		}
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("the language comes with each request");
	}
}
