package kz.qujat.verification;

import kz.qujat.system.Failure;

/** No issued document has this code; a malformed code gets the same answer, so neither teaches a guesser anything. */
public class UnknownVerificationCode extends Failure {

	public UnknownVerificationCode() {
		super(Kind.NOT_FOUND, "unknown-verification-code", "no document with this verification code");
	}
}
