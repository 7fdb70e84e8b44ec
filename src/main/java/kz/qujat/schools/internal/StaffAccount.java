package kz.qujat.schools.internal;

import java.util.Collection;
import java.util.List;

import kz.qujat.schools.StaffMember;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** An account as Spring Security sees it: the member, the password hash and whether they may sign in. */
record StaffAccount(StaffMember member, String passwordHash, boolean enabled) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + member.role().name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return member.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
