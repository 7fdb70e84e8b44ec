package kz.qujat.schools;

/** What a member of a school's staff may do. */
public enum StaffRole {
	/** Edits the school's profile and staff, and does all a clerk does. */
	DIRECTOR,
	/** Issues, downloads and revokes documents. */
	CLERK
}
