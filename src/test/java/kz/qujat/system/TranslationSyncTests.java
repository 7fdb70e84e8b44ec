package kz.qujat.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every Kazakh message has its Russian twin and back, none is left empty, each bundle is one the service reads
 * ({@code spring.messages.basename}), and no key is defined in two bundles (which one would win is a guess).
 */
class TranslationSyncTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	@Test
	void kazakhAndRussianMessagesHaveTheSameKeys() throws IOException {
		List<String> bundles = bundles();
		assertThat(bundles).contains("messages", "desk/documents", "desk/journal", "desk/papers", "desk/administration", "desk/printing");
		Map<String, String> bundleOfKey = new HashMap<>();
		for (String bundle : bundles) {
			Properties kazakh = load(bundle + "_kk.properties");
			Properties russian = load(bundle + "_ru.properties");

			assertThat(kazakh.stringPropertyNames()).as(bundle).isEqualTo(russian.stringPropertyNames());
			kazakh.forEach((key, value) -> assertThat((String) value).as("kk " + key).isNotBlank());
			russian.forEach((key, value) -> assertThat((String) value).as("ru " + key).isNotBlank());
			for (String key : kazakh.stringPropertyNames()) {
				String other = bundleOfKey.putIfAbsent(key, bundle);
				assertThat(other).as(key + " is in " + bundle + " and in " + other).isNull();
			}
		}
		assertThat(Files.readString(RESOURCES.resolve("application.yml")))
			.contains("basename: " + String.join(", ", bundles));
	}

	/** The bundles there are, by their Kazakh files: {@code messages}, then the desk's in alphabetical order. */
	private static List<String> bundles() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("desk"))) {
			return Stream.concat(Stream.of("messages"), files.map(f -> RESOURCES.relativize(f).toString().replace('\\', '/'))
				.filter(f -> f.endsWith("_kk.properties"))
				.map(f -> f.substring(0, f.length() - "_kk.properties".length()))
				.sorted()).toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
