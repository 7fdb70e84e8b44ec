package kz.qujat.signing;

import java.time.Instant;

import kz.qujat.schools.School;

/**
 * Signs issued PDFs with their school's key (a PAdES signature: CMS, SHA-256) and reads such signatures back.
 * Which key a school signs with is configuration: a PKCS#12 file per school, or on the embedded default one
 * generated on first use.
 */
public interface DocumentSigner {

	/** Who signs the school's documents, known before signing so that the paper can say so; fails with {@link SigningKeyMissing}. */
	Signer signerFor(School school);

	/** The PDF with the school's signature added as an incremental update; the bytes before it stay as they were. */
	byte[] sign(byte[] pdf, School school, Instant when);

	/** The newest signature of any PDF, checked against the bytes it covers; never throws on a broken file. */
	SignatureCheck check(byte[] pdf);
}
