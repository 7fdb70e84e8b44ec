package kz.qujat.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IinTests {

	@ParameterizedTest
	@ValueSource(strings = { "871008401427", "760212350620", "800416300257", "680503450037", "061211600012" })
	void acceptsTheValidTestIins(String value) {
		assertThat(Iin.isValid(value)).isTrue();
		assertThat(Iin.of(value).value()).isEqualTo(value);
	}

	@Test
	void usesTheSecondWeightsWhenTheFirstSumLeavesTen() {
		// 06121160001: the first weighted sum is 10 mod 11, the second gives the check digit 2
		assertThat(Iin.isValid("061211600012")).isTrue();
		assertThat(Iin.isValid("061211600010")).isFalse();
	}

	@Test
	void refusesANumberWhoseCheckDigitCannotExist() {
		// both weighted sums of 90010130080 leave 10: no twelfth digit makes it valid
		for (int digit = 0; digit <= 9; digit++) {
			assertThat(Iin.defectOf("90010130080" + digit)).isEqualTo(Iin.Defect.BAD_CHECK_DIGIT);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789012", "871008401428", "871008401420", "760212350621" })
	void refusesABadCheckDigit(String value) {
		assertThat(Iin.defectOf(value)).isEqualTo(Iin.Defect.BAD_CHECK_DIGIT);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "87100840142", "8710084014270", "87100840142a", "８７１００８４０１４２７", " 871008401427", "8710-0840-1427" })
	void refusesWhatIsNotTwelveDigits(String value) {
		assertThat(Iin.defectOf(value)).isEqualTo(Iin.Defect.NOT_TWELVE_DIGITS);
		assertThatIllegalArgumentException().isThrownBy(() -> Iin.of(value));
	}

	@Test
	void masksAllButTheLastFourDigitsSoTheBirthDateStaysHidden() {
		Iin iin = Iin.of("871008401427");
		assertThat(iin.masked()).isEqualTo("********1427");
		assertThat(Iin.of("800416300257").masked()).isEqualTo("********0257");
		assertThat(iin.toString()).isEqualTo("********1427").doesNotContain("871008401427");
	}

	@ParameterizedTest
	@ValueSource(strings = { "940140000385", "950341000052" })
	void acceptsTheValidTestBins(String value) {
		assertThat(new Bin(value).value()).isEqualTo(value);
	}

	@Test
	void refusesABadBin() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Bin("940140000386"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Bin("94014000038"));
	}
}
