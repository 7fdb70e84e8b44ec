package kz.qujat.system;

/** A business identification number (БСН / БИН) of an organisation: twelve digits with a valid check digit. */
public record Bin(String value) {

	public Bin {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a valid BIN: " + value);
		}
	}

	public static boolean isValid(String value) {
		return TaxpayerNumber.hasTwelveDigits(value) && TaxpayerNumber.hasValidCheckDigit(value);
	}

	@Override
	public String toString() {
		return value;
	}
}
