package kz.qujat.registry;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a journal entry stands. A number is {@code PENDING} from the moment it is taken until its PDF is
 * stored ({@code ISSUED}); a number whose PDF could not be made stays in the journal as {@code VOID}.
 */
public enum DocumentStatus {

	PENDING("pending"), ISSUED("issued"), VOID("void");

	private final String code;

	DocumentStatus(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return code;
	}
}
