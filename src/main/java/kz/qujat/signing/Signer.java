package kz.qujat.signing;

import java.time.Instant;

/**
 * The holder of a signing key as its certificate names it.
 *
 * @param name the certificate's common name, what a paper prints after "signed by"
 * @param subject the certificate's whole distinguished name
 * @param notAfter when the certificate expires
 */
public record Signer(String name, String subject, String issuer, Instant notAfter) {
}
