package kz.qujat.access;

import java.util.Optional;

import kz.qujat.access.internal.SecurityConfiguration;
import kz.qujat.schools.StaffMember;

/** Who the current request is signed in as, for code that may also serve visitors (the desk's layout). */
public final class SignedIn {

	/** The sign-in form's address: the page shows it, the form posts to it. */
	public static final String FORM = "/login";

	private SignedIn() {
	}

	/** The signed-in staff member, or empty for a visitor. */
	public static Optional<StaffMember> member() {
		return SecurityConfiguration.signedInMember();
	}
}
