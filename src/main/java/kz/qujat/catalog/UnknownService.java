package kz.qujat.catalog;

import kz.qujat.system.Failure;

/** No service in the catalog has this code. */
public class UnknownService extends Failure {

	public UnknownService(String code) {
		super(Kind.NOT_FOUND, "unknown-service", "service", "no service " + code, null, code);
	}
}
