package kz.qujat.registry;

import kz.qujat.system.Coded;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a journal entry stands. A number is {@code PENDING} from the moment it is taken until its PDF is
 * stored ({@code ISSUED}); a number whose PDF could not be made stays in the journal as {@code VOID}. A document
 * of a series (a poster) is {@code SUPERSEDED} once a newer one of its series is issued. A document its school
 * withdrew is {@code REVOKED}, for good.
 */
public enum DocumentStatus implements Coded {

	PENDING("pending"), ISSUED("issued"), VOID("void"), SUPERSEDED("superseded"), REVOKED("revoked");

	private final String code;

	DocumentStatus(String code) {
		this.code = code;
	}

	@Override
	@JsonValue
	public String code() {
		return code;
	}
}
