package kz.qujat.schools;

import kz.qujat.system.Failure;

/** Another school has this BIN already. */
public class SchoolExists extends Failure {

	public SchoolExists() {
		super(Kind.CONFLICT, "school-exists", "bin", "a school with this BIN exists", null);
	}
}
