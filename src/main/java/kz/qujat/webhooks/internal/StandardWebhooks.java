package kz.qujat.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import kz.qujat.webhooks.Webhooks;

/**
 * The signature of the Standard Webhooks specification: the base64 HMAC-SHA256 of {@code id.timestamp.body},
 * keyed with the bytes of the secret after its {@code whsec_} prefix, sent as {@code webhook-signature: v1,…}.
 */
final class StandardWebhooks {

	private StandardWebhooks() {
	}

	static String signature(String secret, String id, long timestamp, String body) {
		byte[] key = Base64.getDecoder().decode(secret.substring(Webhooks.SECRET_PREFIX.length()));
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(signed);
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
		}
	}
}
