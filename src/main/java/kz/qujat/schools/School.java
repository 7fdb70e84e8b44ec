package kz.qujat.schools;

import java.time.ZoneId;
import java.util.UUID;

import kz.qujat.system.Bilingual;
import kz.qujat.system.Bin;

/**
 * A school's profile: what its papers say about it. The responsible employee is the one the service
 * passport names for state services.
 */
public record School(UUID id, Bilingual name, Bin bin, Bilingual address, String directorName,
		String responsibleName, Bilingual responsiblePosition, String phone, String email, WorkingHours hours,
		ZoneId zone) {
}
