package kz.qujat.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The value is an IIN: twelve digits ({@code rule.iin-format}) whose check digit is right
 * ({@code rule.iin-checksum}). A null or empty value is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ValidIin.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIin {

	String message() default "{rule.iin-checksum}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link ValidIin}. */
	class Check extends TaxpayerNumber.Check<ValidIin> {

		public Check() {
			super("iin");
		}
	}
}
