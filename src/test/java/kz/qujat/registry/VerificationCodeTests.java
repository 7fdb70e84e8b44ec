package kz.qujat.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationCodeTests {

	@Test
	void aRandomCodeIsTwentyCrockfordCharactersThatIsAHundredBits() {
		VerificationCode code = VerificationCode.random();
		assertThat(code.value()).matches("[0-9A-HJKMNP-TV-Z]{20}");
		assertThat(20 * Math.log(32) / Math.log(2)).isGreaterThanOrEqualTo(96);
	}

	@Test
	void randomCodesDoNotRepeat() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			codes.add(VerificationCode.random().value());
		}
		assertThat(codes).hasSize(100_000);
	}

	@Test
	void printsInGroupsOfFour() {
		assertThat(new VerificationCode("7K2MQ9XD4HNBZR8TWC3F").grouped()).isEqualTo("7K2M-Q9XD-4HNB-ZR8T-WC3F");
	}

	@ParameterizedTest
	@ValueSource(strings = { "7K2MQ9XD4HNBZR8TWC3F", "7k2m-q9xd-4hnb-zr8t-wc3f", " 7K2M Q9XD 4HNB ZR8T WC3F " })
	void readsACodeAsPeopleTypeIt(String typed) {
		assertThat(VerificationCode.parse(typed)).contains(new VerificationCode("7K2MQ9XD4HNBZR8TWC3F"));
	}

	@Test
	void readsLettersThatLookLikeDigitsAsTheDigits() {
		assertThat(VerificationCode.parse("OOOOIIIILLLL00001111")).contains(new VerificationCode("00001111111100001111"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "SHORT", "7K2MQ9XD4HNBZR8TWC3FX", "7K2MQ9XD4HNBZR8TWC3U", "../../etc/passwd", "<script>" })
	void findsNoCodeInAnythingElse(String text) {
		assertThat(VerificationCode.parse(text)).isEmpty();
	}

	@Test
	void refusesToBeMadeFromAnInvalidValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> new VerificationCode("7k2mq9xd4hnbzr8twc3f"));
	}
}
