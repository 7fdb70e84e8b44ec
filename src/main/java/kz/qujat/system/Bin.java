package kz.qujat.system;

import com.fasterxml.jackson.annotation.JsonValue;

/** A business identification number (БСН / БИН) of an organisation: twelve digits with a valid check digit. */
public record Bin(@JsonValue String value) {

	public Bin {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a valid BIN: " + value);
		}
	}

	/** Why a value is not a BIN, or {@code null} when it is one; the same rule as an IIN's. */
	public static Iin.Defect defectOf(String value) {
		if (!TaxpayerNumber.hasTwelveDigits(value)) {
			return Iin.Defect.NOT_TWELVE_DIGITS;
		}
		return TaxpayerNumber.hasValidCheckDigit(value) ? null : Iin.Defect.BAD_CHECK_DIGIT;
	}

	public static boolean isValid(String value) {
		return TaxpayerNumber.hasTwelveDigits(value) && TaxpayerNumber.hasValidCheckDigit(value);
	}

	@Override
	public String toString() {
		return value;
	}
}
