package kz.qujat.registry;

import java.time.Instant;
import java.util.UUID;

/** A number taken for a document that is being made. */
public record Registration(UUID id, RegistrationNumber number, Instant registeredAt) {
}
