package kz.qujat.verification;

import java.time.LocalDate;

import kz.qujat.system.Bilingual;

/**
 * What anyone holding the paper may learn about it: enough to check it, nothing more. The holder's IIN
 * comes masked; no contact data at all.
 *
 * @param status {@code valid} for a document the school issued and still stands by
 */
public record VerificationResult(String status, String code, String kind, Bilingual kindName, String number,
		LocalDate issuedOn, Bilingual service, Bilingual issuer, String holderName, String holderIin) {
}
