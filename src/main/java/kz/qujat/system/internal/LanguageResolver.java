package kz.qujat.system.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.system.Bilingual;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Kazakh unless the request asks for Russian: by {@code ?lang=ru} (the switch in the pages' header), by the
 * {@value #COOKIE} cookie the switch leaves behind (so the choice is remembered), or by {@code Accept-Language}.
 */
class LanguageResolver implements LocaleResolver {

	/** The language the switch chose last, {@code kk} or {@code ru}. */
	static final String COOKIE = "qujat-lang";

	private static final List<Locale> SUPPORTED = List.of(Bilingual.KAZAKH, Bilingual.RUSSIAN);

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		// the query string only: asking for parameters would make the container read a form or an upload's body
		// here, in a filter, before its size limits can answer
		String lang = queryLanguage(request);
		if (lang != null) {
			return supported(lang).orElse(Bilingual.KAZAKH);
		}
		Optional<Locale> remembered = rememberedIn(request);
		if (remembered.isPresent()) {
			return remembered.get();
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

	/** Remembers the language the switch chose, for a year, for every page of the service. */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
		cookie.setPath("/");
		cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	/** The language of {@code ?lang=} when it is one of ours: the switch asked for it. */
	static Optional<Locale> switchedTo(HttpServletRequest request) {
		String lang = queryLanguage(request);
		return lang == null ? Optional.empty() : supported(lang);
	}

	private static String queryLanguage(HttpServletRequest request) {
		return UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
			.getFirst("lang");
	}

	private static Optional<Locale> rememberedIn(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
			.flatMap(c -> supported(c.getValue()));
	}

	private static Optional<Locale> supported(String lang) {
		return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(lang)).findFirst();
	}
}
