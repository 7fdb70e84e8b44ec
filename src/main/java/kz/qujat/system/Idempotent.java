package kz.qujat.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API write that takes an {@code Idempotency-Key} header: a retry with the same key and body within a
 * day gets the first answer again instead of doing the work twice. The header, its checks and the answers kept
 * are {@code kz.qujat.access}'s business; the endpoint itself stays as it is.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {

	/** The header's name, as the IETF httpapi draft spells it. */
	String HEADER = "Idempotency-Key";
}
