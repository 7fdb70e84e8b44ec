package kz.qujat.schools;

import kz.qujat.system.Failure;

/** An account change that cannot be: a username taken, or a director disabling their own account. */
public class AccountConflict extends Failure {

	public AccountConflict(String type, String field) {
		super(Kind.CONFLICT, type, field, type, null);
	}
}
