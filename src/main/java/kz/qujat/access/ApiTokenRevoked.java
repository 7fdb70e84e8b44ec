package kz.qujat.access;

import java.util.UUID;

/** A director revoked an API token of the school; it is refused from the next request on. */
public record ApiTokenRevoked(UUID schoolId, String name) {
}
