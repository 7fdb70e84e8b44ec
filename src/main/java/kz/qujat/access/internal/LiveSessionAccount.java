package kz.qujat.access.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import kz.qujat.schools.StaffAccount;
import kz.qujat.schools.StaffAccounts;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the account of a browser session from the database on every request, so that disabling an account ends
 * its sessions at once, on every instance that shares the database. A session whose account is gone or disabled
 * is ended and the request goes on unsigned (401 where a sign-in is needed); a live one acts as the account as it
 * is now, not as it was at sign-in.
 */
class LiveSessionAccount extends OncePerRequestFilter {

	private final StaffAccounts staff;

	LiveSessionAccount(StaffAccounts staff) {
		this.staff = staff;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn != null && signedIn.getPrincipal() instanceof SignedInAccount account) {
			Optional<SignedInAccount> live = staff.find(account.member().id()).filter(StaffAccount::enabled)
				.map(SignedInAccount::new);
			if (live.isEmpty()) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
			}
			else {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(live.get(), null,
						live.get().getAuthorities()));
				SecurityContextHolder.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}
}
