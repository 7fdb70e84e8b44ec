package kz.qujat.schools;

import kz.qujat.system.Coded;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a signed-in account may do. */
public enum StaffRole implements Coded {

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

	@Override
	@JsonValue
	public String code() {
		return code;
	}

	public static StaffRole fromCode(String code) {
		return Coded.of(StaffRole.class, code).orElseThrow(() -> new IllegalArgumentException("unknown role: " + code));
	}
}
