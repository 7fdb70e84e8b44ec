package kz.qujat.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every Kazakh message has its Russian twin and back, and none is left empty. */
class TranslationSyncTests {

	@Test
	void kazakhAndRussianMessagesHaveTheSameKeys() throws IOException {
		Properties kazakh = load("messages_kk.properties");
		Properties russian = load("messages_ru.properties");

		assertThat(kazakh.stringPropertyNames()).isNotEmpty().isEqualTo(russian.stringPropertyNames());
		kazakh.forEach((key, value) -> assertThat((String) value).as("kk " + key).isNotBlank());
		russian.forEach((key, value) -> assertThat((String) value).as("ru " + key).isNotBlank());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(TranslationSyncTests.class.getResourceAsStream("/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
