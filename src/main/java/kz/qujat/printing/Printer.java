package kz.qujat.printing;

import java.net.URI;
import java.util.UUID;

/** A school's network printer and what is printed on it unless a job says otherwise. */
public record Printer(UUID id, UUID schoolId, String name, URI uri, Media media, Sides sides, int copies,
		boolean isDefault) {
}
