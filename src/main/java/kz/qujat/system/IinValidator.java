package kz.qujat.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class IinValidator implements ConstraintValidator<ValidIin, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null || value.isEmpty()) {
			return true;
		}
		Iin.Defect defect = Iin.defectOf(value);
		if (defect == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(
				defect == Iin.Defect.NOT_TWELVE_DIGITS ? "{rule.iin-format}" : "{rule.iin-checksum}")
			.addConstraintViolation();
		return false;
	}
}
