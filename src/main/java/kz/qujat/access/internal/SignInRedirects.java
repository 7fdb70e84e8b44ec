package kz.qujat.access.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Where the sign-in form leads, in the language it was filled in: after a sign-in to the start page, after a
 * failure back to the form saying why (a wrong name or password, or too many failures), after signing out back to
 * the form.
 */
class SignInRedirects implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		response.sendRedirect("/?lang=" + language());
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String why = failure instanceof TooManyFailedSignIns ? "throttled" : "error";
		response.sendRedirect(SecurityConfiguration.SIGN_IN_PAGE + "?" + why + "&lang=" + language());
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		response.sendRedirect(SecurityConfiguration.SIGN_IN_PAGE + "?signed-out&lang=" + language());
	}

	/** The language the request was answered in ({@code kk} or {@code ru}); never text from the request itself. */
	private static String language() {
		return LocaleContextHolder.getLocale().getLanguage();
	}
}
