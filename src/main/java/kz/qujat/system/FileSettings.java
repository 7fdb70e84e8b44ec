package kz.qujat.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's override folders: {@code templates} (with {@code catalog/}, {@code calendar/}, {@code documents/})
 * and {@code fonts}. Both are optional: the jar carries every file as a default, and a file in an override folder
 * replaces the packaged one of the same path or adds to them (see {@link EditableFolder}). A folder that is named
 * but missing stops the service: a mistyped path must not quietly leave a school on the defaults.
 */
@ConfigurationProperties("qujat.files")
public record FileSettings(Path templates, Path fonts) {

	public FileSettings {
		requireFolder(templates, "qujat.files.templates");
		requireFolder(fonts, "qujat.files.fonts");
	}

	/** The packaged catalog: {@code templates/catalog}, one service a file. */
	public EditableFolder catalog() {
		return EditableFolder.of("qujat/templates/catalog", templates == null ? null : templates.resolve("catalog"));
	}

	/** The holiday calendars: {@code templates/calendar}, one year a file. */
	public EditableFolder calendars() {
		return EditableFolder.of("qujat/templates/calendar", templates == null ? null : templates.resolve("calendar"));
	}

	/** The document templates: {@code templates/documents}. */
	public EditableFolder documentTemplates() {
		return EditableFolder.of("qujat/templates/documents", templates == null ? null : templates.resolve("documents"));
	}

	/** The TrueType fonts. */
	public EditableFolder fontFiles() {
		return EditableFolder.of("qujat/fonts", fonts);
	}

	private static void requireFolder(Path folder, String property) {
		if (folder != null && !Files.isDirectory(folder)) {
			throw new IllegalArgumentException("The override folder " + folder.toAbsolutePath() + " (" + property
					+ ") is missing; create it, or leave " + property + " unset to use the packaged files only");
		}
	}
}
