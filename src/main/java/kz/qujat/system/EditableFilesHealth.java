package kz.qujat.system;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of one kind of {@link EditableFiles}: UP with where they come from and what they hold, DOWN with the
 * error that names the broken file. They are parsed again only when their version changed since the last look.
 */
public final class EditableFilesHealth implements HealthIndicator {

	private final EditableFiles files;
	private volatile Checked last;

	public EditableFilesHealth(EditableFiles files) {
		this.files = files;
	}

	@Override
	public Health health() {
		String version;
		try {
			version = files.version();
		}
		catch (RuntimeException e) {
			return Health.down().withDetail("files", files.folder().toString()).withDetail("error", e.getMessage())
				.build();
		}
		Checked known = last;
		if (known != null && known.version().equals(version)) {
			return known.health();
		}
		Health health;
		try {
			health = Health.up().withDetail("files", files.folder().toString()).withDetail("found", files.check())
				.build();
		}
		catch (RuntimeException e) {
			health = Health.down().withDetail("files", files.folder().toString()).withDetail("error", e.getMessage())
				.build();
		}
		last = new Checked(version, health);
		return health;
	}

	private record Checked(String version, Health health) {
	}
}
