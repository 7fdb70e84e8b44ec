package kz.qujat.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One folder of the editable files, such as {@code templates/catalog}: the files packaged in the jar under
 * {@code packaged}, each replaced by the file of the same name in the operator's {@code override} folder, and
 * the files only the override folder has. The catalog, the calendars, the document templates and the fonts all
 * read their files through this, so that rule lives here alone.
 */
public final class EditableFolder {

	private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver(
			EditableFolder.class.getClassLoader());

	/** A plain file name: no folder, no way out of the folder. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

	private final String packaged;
	private final Path override;

	private EditableFolder(String packaged, Path override) {
		this.packaged = packaged;
		this.override = override;
	}

	/** The classpath folder {@code packaged}, overridden by the folder {@code override} when it is not null. */
	public static EditableFolder of(String packaged, Path override) {
		return new EditableFolder(packaged, override);
	}

	/** Where the defaults are on the classpath, e.g. {@code qujat/templates/catalog}. */
	public String packaged() {
		return packaged;
	}

	/** The operator's folder for these files, when one is configured and exists. */
	public Optional<Path> override() {
		return Optional.ofNullable(override).filter(Files::isDirectory);
	}

	/** Every file whose name ends with {@code extension} (in any case), by name. */
	public List<EditableFile> list(String extension) {
		String suffix = extension.toLowerCase(Locale.ROOT);
		Map<String, EditableFile> files = new TreeMap<>();
		try {
			for (Resource resource : RESOURCES.getResources("classpath*:" + packaged + "/*")) {
				String name = resource.getFilename();
				if (name != null && name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
					files.putIfAbsent(name, new EditableFile(name, resource, null));
				}
			}
			Optional<Path> folder = override();
			if (folder.isPresent()) {
				try (Stream<Path> paths = Files.list(folder.get())) {
					for (Path path : paths.filter(Files::isRegularFile).toList()) {
						String name = path.getFileName().toString();
						if (name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
							files.put(name, new EditableFile(name, new FileSystemResource(path), path.toAbsolutePath()));
						}
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list the files of " + this, e);
		}
		return List.copyOf(files.values());
	}

	/** The file called {@code name}: the override's when it has one, else the packaged one. */
	public Optional<EditableFile> find(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Optional<Path> overridden = override().map(folder -> folder.resolve(name)).filter(Files::isRegularFile);
		if (overridden.isPresent()) {
			Path path = overridden.get().toAbsolutePath();
			return Optional.of(new EditableFile(name, new FileSystemResource(path), path));
		}
		Resource resource = new ClassPathResource(packaged + "/" + name, EditableFolder.class.getClassLoader());
		return resource.exists() ? Optional.of(new EditableFile(name, resource, null)) : Optional.empty();
	}

	/**
	 * A digest of the names, origins, sizes and modification times of the files ending with each of
	 * {@code extensions}: it changes whenever one of them is edited, added or removed.
	 */
	public String version(String... extensions) {
		StringBuilder listing = new StringBuilder();
		try {
			for (String extension : extensions) {
				for (EditableFile file : list(extension)) {
					listing.append(file).append(' ').append(file.resource().contentLength()).append(' ')
						.append(file.lastModified()).append('\n');
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the files of " + this, e);
		}
		return Sha256.hex(listing.toString());
	}

	/**
	 * For the startup log: where the defaults come from, which folder overrides them and the files it holds, so
	 * an operator sees which of a school's files are in use.
	 */
	public String describe() {
		Optional<Path> folder = override();
		if (folder.isEmpty()) {
			return toString();
		}
		try (Stream<Path> paths = Files.list(folder.get())) {
			List<String> names = paths.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).sorted().toList();
			return this + " " + (names.isEmpty() ? "(empty)" : names.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list " + folder.get().toAbsolutePath(), e);
		}
	}

	/** Where the defaults come from, and which folder overrides them. */
	@Override
	public String toString() {
		return "packaged " + packaged + override().map(folder -> ", overridden by " + folder.toAbsolutePath())
			.orElse(override == null ? "" : " (no override: " + override.toAbsolutePath() + " does not exist)");
	}

	/**
	 * One file of an {@link EditableFolder}: its {@code name}, its content, and the operator's {@code file} when it
	 * comes from the override folder (null when packaged). Its {@code toString} says which, for error messages.
	 */
	public record EditableFile(String name, Resource resource, Path file) {

		public boolean overridden() {
			return file != null;
		}

		public InputStream open() throws IOException {
			return resource.getInputStream();
		}

		public byte[] read() throws IOException {
			try (InputStream in = open()) {
				return in.readAllBytes();
			}
		}

		/** When the content last changed, in milliseconds; what a cache of the parsed file compares. */
		public long lastModified() throws IOException {
			return resource.lastModified();
		}

		/** Where the content is, as a URL another library can open (JasperReports' font faces). */
		public String location() {
			try {
				return resource.getURL().toString();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public String toString() {
			return overridden() ? file.toString() : name + " (packaged)";
		}
	}
}
