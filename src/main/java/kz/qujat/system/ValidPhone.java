package kz.qujat.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/**
 * A telephone number as people write it: an optional leading {@code +}, then 3 to 15 digits (E.164 allows no
 * more) with spaces, dashes and parentheses between them, e.g. {@code +7 (727) 000-00-03}. An empty value is
 * left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = ValidPhone.PATTERN)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@jakarta.validation.ReportAsSingleViolation
public @interface ValidPhone {

	/** The rule as a regular expression; the empty string matches. */
	String PATTERN = "(\\+?[ ()-]*(?:[0-9][ ()-]*){3,15})?";

	String message() default "{rule.phone}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
