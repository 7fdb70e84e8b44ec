package kz.qujat.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodedTests {

	enum Size implements Coded {
		SMALL("s"), LARGE("l");

		private final String code;

		Size(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}
	}

	@Test
	void findsTheConstantOfACode() {
		assertThat(Coded.of(Size.class, "l")).contains(Size.LARGE);
	}

	@Test
	void findsNothingForAnUnknownCodeANameOrNull() {
		assertThat(Coded.of(Size.class, "m")).isEmpty();
		assertThat(Coded.of(Size.class, "LARGE")).isEmpty();
		assertThat(Coded.of(Size.class, null)).isEmpty();
	}
}
