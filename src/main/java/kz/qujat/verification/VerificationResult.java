package kz.qujat.verification;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import kz.qujat.registry.DocumentSignature;
import kz.qujat.system.Bilingual;

/**
 * What anyone holding the paper may learn about it: enough to check it, nothing more. The holder's IIN
 * comes masked; no contact data at all.
 *
 * @param status {@code valid} for a document the school issued and still stands by; {@code superseded} for a
 *     poster or report the school has since replaced with a newer one
 * @param service null for a document about the school as a whole
 * @param holderName null for a document about the school rather than a person
 * @param signature who signed the stored PDF and whether its signature matched it; null for a document issued
 *     before documents were signed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationResult(String status, String code, String kind, Bilingual kindName, String number,
		LocalDate issuedOn, Bilingual service, Bilingual issuer, String holderName, String holderIin,
		DocumentSignature signature) {
}
