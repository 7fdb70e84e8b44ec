package kz.qujat.schools;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import kz.qujat.system.Bilingual;
import kz.qujat.system.Bin;
import kz.qujat.system.InvalidField;

/**
 * A school's profile: what its papers say about it. The responsible employee is the one the service
 * passport names for state services.
 *
 * @param services the catalog codes of the services in the school's register: the ones it renders
 * @param website where the school publishes its information on state services; may be null
 */
public record School(UUID id, Bilingual name, Bin bin, Bilingual address, String directorName,
		String responsibleName, Bilingual responsiblePosition, String phone, String email, String website,
		WorkingHours hours, ZoneId zone, List<String> services) {

	public School {
		services = List.copyOf(services);
	}

	/** Fails unless the school renders the service: the request's {@code service} breaks {@code not-offered-by-school}. */
	public void requireOffers(String service) {
		if (!services.contains(service)) {
			throw new InvalidField("service", "not-offered-by-school");
		}
	}
}
