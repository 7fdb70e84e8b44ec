package kz.qujat.schools;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The schools (tenants) this installation serves, and their profiles. */
public interface Schools {

	Optional<School> find(UUID id);

	List<School> all();

	/** Adds a school; fails with {@link SchoolExists} when its BIN is taken. */
	School create(School school);

	/** Replaces a school's profile; fails with {@link SchoolExists} when the new BIN is another school's. */
	School update(School school);

	/** The full names of a school's staff by id, as papers about the school's work name them. */
	Map<UUID, String> staffNames(UUID schoolId);

	default School require(UUID id) {
		return find(id).orElseThrow(() -> new IllegalStateException("no school " + id));
	}
}
