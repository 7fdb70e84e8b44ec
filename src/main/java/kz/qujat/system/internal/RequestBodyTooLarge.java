package kz.qujat.system.internal;

import kz.qujat.system.Failure;

/** A request body over the configured limit. */
class RequestBodyTooLarge extends Failure {

	RequestBodyTooLarge(long limitBytes) {
		super(Kind.TOO_LARGE, "request-too-large", "request body over " + limitBytes + " bytes", limitBytes / 1024);
	}
}
