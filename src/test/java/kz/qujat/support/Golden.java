package kz.qujat.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Compares a PDF's extracted text with a checked-in expectation under {@code src/test/resources/golden}.
 * On a difference it writes the actual text and page 1 as PNG to {@code target/golden} for a person to look
 * at. Run with {@code -Dgolden.update=true} to accept the current output as the new expectation, and with
 * {@code -Dgolden.pictures=true} to get every page 1 as PNG in {@code target/golden} to look at.
 */
public final class Golden {

	private static final Path EXPECTED = Path.of("src/test/resources/golden");
	private static final Path ACTUAL = Path.of("target/golden");

	private Golden() {
	}

	public static void assertTextMatches(String name, byte[] pdf, String text) {
		Path expected = EXPECTED.resolve(name + ".txt");
		try {
			if (Boolean.getBoolean("golden.update")) {
				Files.createDirectories(EXPECTED);
				Files.writeString(expected, text, StandardCharsets.UTF_8);
			}
			String wanted = Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "";
			if (!wanted.equals(text) || Boolean.getBoolean("golden.pictures")) {
				Files.createDirectories(ACTUAL);
				Files.writeString(ACTUAL.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
				Files.write(ACTUAL.resolve(name + ".pdf"), pdf);
				ImageIO.write(Pdfs.image(pdf, 0, 80), "png", ACTUAL.resolve(name + ".png").toFile());
			}
			assertThat(text).as("text of %s; actual output and a picture of page 1 are in %s", name, ACTUAL.toAbsolutePath())
				.isEqualTo(wanted);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
