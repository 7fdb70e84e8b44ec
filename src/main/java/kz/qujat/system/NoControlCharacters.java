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
 * A line of text a paper can print: no control characters (tabs, line breaks, NUL …) and no invisible ones
 * (direction overrides, zero-width spaces …). Anything else, markup and template syntax included, is accepted
 * and later printed literally.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = PrintableText.SINGLE_LINE)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@jakarta.validation.ReportAsSingleViolation
public @interface NoControlCharacters {

	String message() default "{rule.printable}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
