package kz.qujat.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The value is a BIN: twelve digits ({@code rule.bin-format}) whose check digit is right
 * ({@code rule.bin-checksum}). A null or empty value is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ValidBin.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidBin {

	String message() default "{rule.bin-checksum}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link ValidBin}. */
	class Check extends TaxpayerNumber.Check<ValidBin> {

		public Check() {
			super("bin");
		}
	}
}
