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
		return TaxpayerNumber.defectOf(value);
	}

	public static boolean isValid(String value) {
		return defectOf(value) == null;
	}

	@Override
	public String toString() {
		return value;
	}
}
