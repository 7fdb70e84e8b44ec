package kz.qujat.registry;

import java.time.Instant;

/**
 * The signature of a stored PDF as it was checked when the PDF was stored.
 *
 * @param signer the signing certificate's common name
 * @param valid whether the signature matched the stored bytes, all of them
 */
public record DocumentSignature(String signer, Instant signedAt, boolean valid) {
}
