package kz.qujat.signing.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import kz.qujat.signing.Signer;

/**
 * A school's private key with its certificate chain, signing certificate first.
 *
 * @param algorithm the JCA signature algorithm, e.g. {@code SHA256withRSA}
 * @param cmsSize how many bytes a signature made with this key takes, to reserve no more room than that
 */
record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, String algorithm, Signer signer, int cmsSize) {

	SigningKey {
		chain = List.copyOf(chain);
	}

	X509Certificate certificate() {
		return chain.get(0);
	}
}
