package kz.qujat.access.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.access.ApiTokenUsed;
import kz.qujat.schools.StaffAccount;
import kz.qujat.schools.StaffAccounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries {@code Authorization: Bearer <token>}: a revoked or unknown token is refused
 * at once (401); a live one acts as its staff account, whose state is read anew on every request.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;
	private final StaffAccounts staff;
	private final ApplicationEventPublisher events;
	private final AuthenticationEntryPoint refusal;

	ApiTokenFilter(ApiTokens tokens, StaffAccounts staff, ApplicationEventPublisher events,
			AuthenticationEntryPoint refusal) {
		this.tokens = tokens;
		this.staff = staff;
		this.events = events;
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		String secret = header.substring(BEARER.length()).strip();
		Optional<ApiTokens.Use> use = secret.isEmpty() ? Optional.empty() : tokens.use(secret);
		Optional<TokenAuthentication> authentication = use.flatMap(u -> staff.find(u.token().staffId())
			.filter(StaffAccount::enabled)
			.map(account -> new TokenAuthentication(new SignedInAccount(account), u.token())));
		if (authentication.isEmpty()) {
			SecurityContextHolder.clearContext();
			refusal.commence(request, response, new BadCredentialsException("no live API token with this secret"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication.get());
		SecurityContextHolder.setContext(context);
		if (use.get().noted()) {
			events.publishEvent(new ApiTokenUsed(use.get().token().schoolId(), use.get().token().name(),
					request.getMethod() + " " + request.getRequestURI()));
		}
		chain.doFilter(request, response);
	}
}
