package kz.qujat.access;

import java.util.UUID;

/** A director made an API token of the school, acting as the account {@code actsAs}. */
public record ApiTokenCreated(UUID schoolId, String name, String actsAs) {
}
