package kz.qujat.schools.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by an API token: it acts as the token's staff account, named {@code token:<name>}. */
final class TokenAuthentication extends AbstractAuthenticationToken {

	private final StaffAccount account;
	private final ApiTokens.Token token;

	TokenAuthentication(StaffAccount account, ApiTokens.Token token) {
		super(account.getAuthorities());
		this.account = account;
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public StaffAccount getPrincipal() {
		return account;
	}

	@Override
	public String getName() {
		return "token:" + token.name();
	}

	ApiTokens.Token token() {
		return token;
	}
}
