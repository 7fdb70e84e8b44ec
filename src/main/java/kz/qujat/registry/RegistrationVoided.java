package kz.qujat.registry;

import kz.qujat.system.Failure;

/**
 * A document was finished after its journal entry had been voided: the instance was stopping, or making it took
 * longer than {@link RegistrySettings#abandonAfter()}. Nothing was stored; the number stays void, and asking again
 * issues the paper under a new one.
 */
public class RegistrationVoided extends Failure {

	public RegistrationVoided(String number) {
		super(Kind.UNAVAILABLE, "registration-voided", "journal entry " + number + " was voided before its PDF was stored",
				number);
	}
}
