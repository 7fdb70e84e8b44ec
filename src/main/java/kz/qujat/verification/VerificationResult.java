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
 *     poster or report the school has since replaced with a newer one; {@code revoked} for one it withdrew
 * @param service null for a document about the school as a whole
 * @param holderName null for a document about the school rather than a person
 * @param signature who signed the stored PDF and whether its signature matched it; null for a document issued
 *     before documents were signed
 * @param revocation when and why the school withdrew it; null while it is valid
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationResult(String status, String code, String kind, Bilingual kindName, String number,
		LocalDate issuedOn, Bilingual service, Bilingual issuer, String holderName, String holderIin,
		DocumentSignature signature, PublicRevocation revocation) {

	/**
	 * A revocation as the public may see it: the day and the reason's category, not the staff's note.
	 *
	 * @param reasonName the reason in Kazakh and Russian
	 */
	public record PublicRevocation(LocalDate revokedOn, String reason, Bilingual reasonName) {
	}
}
