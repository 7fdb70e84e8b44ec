package kz.qujat.signing;

/**
 * What a PDF's newest signature says about the bytes it came with.
 *
 * @param present whether the PDF carries a signature at all
 * @param intact whether the signature is well-formed and matches the bytes it covers
 * @param wholeDocument whether it covers the file to its last byte (nothing was appended after signing)
 * @param signer the signing certificate's common name; null when there is no readable signature
 */
public record SignatureCheck(boolean present, boolean intact, boolean wholeDocument, String signer) {

	public static final SignatureCheck NONE = new SignatureCheck(false, false, false, null);

	/** A signature that is intact and covers the whole file: the file is as its signer signed it. */
	public boolean valid() {
		return present && intact && wholeDocument;
	}
}
