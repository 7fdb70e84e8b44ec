package kz.qujat.schools;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a signed-in account may do. */
public enum StaffRole {

	/** Runs the installation: creates schools and their first staff, reads every school's audit trail. */
	OPERATOR("operator"),
	/** Edits the school's profile, manages its staff and API tokens, reads its audit trail, and does all a clerk does. */
	DIRECTOR("director"),
	/** Issues, previews, downloads and revokes the school's documents; makes its posters, reports and journals. */
	CLERK("clerk");

	private final String code;

	StaffRole(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return code;
	}

	public static StaffRole fromCode(String code) {
		for (StaffRole role : values()) {
			if (role.code.equals(code)) {
				return role;
			}
		}
		throw new IllegalArgumentException("unknown role: " + code);
	}
}
