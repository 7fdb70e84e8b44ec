package kz.qujat.system;

import java.lang.annotation.Annotation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * The rule an IIN and a BIN share (12 digits, weights 1..11, then 3..11,1,2), and the one validator of
 * {@link ValidIin} and {@link ValidBin}.
 */
final class TaxpayerNumber {

	private static final int[] FIRST_WEIGHTS = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
	private static final int[] SECOND_WEIGHTS = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };

	private TaxpayerNumber() {
	}

	/** Why a value is not a taxpayer number, or {@code null} when it is one. */
	static Iin.Defect defectOf(String value) {
		if (!hasTwelveDigits(value)) {
			return Iin.Defect.NOT_TWELVE_DIGITS;
		}
		return hasValidCheckDigit(value) ? null : Iin.Defect.BAD_CHECK_DIGIT;
	}

	private static boolean hasTwelveDigits(String value) {
		return value != null && value.length() == 12 && value.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	private static boolean hasValidCheckDigit(String digits) {
		int check = weightedSum(digits, FIRST_WEIGHTS) % 11;
		if (check == 10) {
			check = weightedSum(digits, SECOND_WEIGHTS) % 11;
			if (check == 10) {
				return false;
			}
		}
		return check == digits.charAt(11) - '0';
	}

	private static int weightedSum(String digits, int[] weights) {
		int sum = 0;
		for (int i = 0; i < 11; i++) {
			sum += (digits.charAt(i) - '0') * weights[i];
		}
		return sum;
	}

	/**
	 * Checks a taxpayer number annotation: a defect breaks {@code rule.<number>-format} or
	 * {@code rule.<number>-checksum}; a null or empty value is left to {@code @NotBlank}.
	 */
	abstract static class Check<A extends Annotation> implements ConstraintValidator<A, String> {

		private final String number;

		/** @param number {@code iin} or {@code bin}, how the rules' names begin */
		Check(String number) {
			this.number = number;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isEmpty()) {
				return true;
			}
			Iin.Defect defect = defectOf(value);
			if (defect == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("{rule." + number
					+ (defect == Iin.Defect.NOT_TWELVE_DIGITS ? "-format}" : "-checksum}"))
				.addConstraintViolation();
			return false;
		}
	}
}
