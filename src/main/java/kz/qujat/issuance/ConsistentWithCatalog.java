package kz.qujat.issuance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The request names a kind this service issues, a service of the catalog, a channel that service offers,
 * only that service's document codes (each once), and a {@code receivedAt} that is neither in the future
 * nor long past.
 */
@Documented
@Constraint(validatedBy = CatalogRules.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentWithCatalog {

	String message() default "{rule.catalog}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
