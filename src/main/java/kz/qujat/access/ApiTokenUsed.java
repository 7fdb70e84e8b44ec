package kz.qujat.access;

import java.util.UUID;

/**
 * A request signed in with an API token; told at most once a minute per token, as its last use is noted.
 *
 * @param request the method and path it asked for
 */
public record ApiTokenUsed(UUID schoolId, String name, String request) {
}
