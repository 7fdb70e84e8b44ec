package kz.qujat.schools;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The schools (tenants) this installation serves. */
public interface Schools {

	Optional<School> find(UUID id);

	/** The full names of a school's staff by id, as papers about the school's work name them. */
	Map<UUID, String> staffNames(UUID schoolId);

	default School require(UUID id) {
		return find(id).orElseThrow(() -> new IllegalStateException("no school " + id));
	}
}
