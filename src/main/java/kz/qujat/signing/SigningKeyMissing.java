package kz.qujat.signing;

import java.util.UUID;

import kz.qujat.system.Failure;

/** No signing key is configured for the school, and this installation does not generate keys. */
public class SigningKeyMissing extends Failure {

	public SigningKeyMissing(UUID schoolId) {
		super(Kind.UNAVAILABLE, "signing-key-missing", "no signing key for school " + schoolId
				+ ": set qujat.signing.keystores." + schoolId + ".path and .password", schoolId);
	}
}
