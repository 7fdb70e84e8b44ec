package kz.qujat.schools;

import java.util.Optional;
import java.util.UUID;

/** The schools (tenants) this installation serves. */
public interface Schools {

	Optional<School> find(UUID id);

	default School require(UUID id) {
		return find(id).orElseThrow(() -> new IllegalStateException("no school " + id));
	}
}
