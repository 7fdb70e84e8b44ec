package kz.qujat.access.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by an API token: it acts as the token's staff account, named {@code token:<name>}. */
final class TokenAuthentication extends AbstractAuthenticationToken {

	private final SignedInAccount account;
	private final ApiTokens.Token token;

	TokenAuthentication(SignedInAccount account, ApiTokens.Token token) {
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
	public SignedInAccount getPrincipal() {
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
