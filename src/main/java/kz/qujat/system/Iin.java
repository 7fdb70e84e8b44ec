package kz.qujat.system;

/**
 * An individual identification number (ЖСН / ИИН): twelve digits with a valid check digit. Since 2013 an
 * IIN need not match its holder's birth date or sex, so only the format and the check digit are checked.
 * {@link #toString()} masks it, so an IIN never reaches a log line by accident.
 */
public final class Iin {

	private final String digits;

	private Iin(String digits) {
		this.digits = digits;
	}

	/** Why a value is not an IIN, or {@code null} when it is one. */
	public enum Defect {
		NOT_TWELVE_DIGITS, BAD_CHECK_DIGIT
	}

	public static Defect defectOf(String value) {
		return TaxpayerNumber.defectOf(value);
	}

	public static boolean isValid(String value) {
		return defectOf(value) == null;
	}

	public static Iin of(String value) {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a valid IIN");
		}
		return new Iin(value);
	}

	public String value() {
		return digits;
	}

	/**
	 * The form a public page may show: the last four digits only, e.g. {@code ********1427}, because the first six
	 * are the holder's birth date.
	 */
	public String masked() {
		return "********" + digits.substring(8);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Iin iin && iin.digits.equals(digits);
	}

	@Override
	public int hashCode() {
		return digits.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}
}
