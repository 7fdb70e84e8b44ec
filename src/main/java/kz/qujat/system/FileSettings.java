package kz.qujat.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the editable files live: {@code templates} (catalog, calendar, document templates) and
 * {@code fonts}. Relative paths resolve against the working directory, the project root in the README's run.
 */
@ConfigurationProperties("qujat.files")
public record FileSettings(@DefaultValue("templates") Path templates, @DefaultValue("fonts") Path fonts) {

	public Path catalog() {
		return templates.resolve("catalog");
	}

	public Path calendars() {
		return templates.resolve("calendar");
	}

	public Path documentTemplates() {
		return templates.resolve("documents");
	}
}
