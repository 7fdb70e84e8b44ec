package kz.qujat.system;

/** The check-digit rule shared by IIN and BIN (12 digits, weights 1..11, then 3..11,1,2). */
final class TaxpayerNumber {

	private static final int[] FIRST_WEIGHTS = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
	private static final int[] SECOND_WEIGHTS = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };

	private TaxpayerNumber() {
	}

	static boolean hasTwelveDigits(String value) {
		return value != null && value.length() == 12 && value.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	static boolean hasValidCheckDigit(String digits) {
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
}
