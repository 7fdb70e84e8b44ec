package kz.qujat.access.internal;

import java.util.Collection;
import java.util.List;

import kz.qujat.schools.StaffAccount;
import kz.qujat.schools.StaffMember;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A staff account as Spring Security sees it: its role as the authority, its hash as the password. */
record SignedInAccount(StaffAccount account) implements UserDetails {

	StaffMember member() {
		return account.member();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + account.member().role().name()));
	}

	@Override
	public String getPassword() {
		return account.passwordHash();
	}

	@Override
	public String getUsername() {
		return account.member().username();
	}

	@Override
	public boolean isEnabled() {
		return account.enabled();
	}
}
