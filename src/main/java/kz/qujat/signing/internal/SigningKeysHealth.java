package kz.qujat.signing.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import kz.qujat.schools.School;
import kz.qujat.schools.Schools;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code signingKeys} health component: UP while every school can sign (its keystore opened, or its stored key
 * opens with {@code keys-password}, or one is generated on its first paper), DOWN naming each school id that cannot
 * and why. Each key is opened once. Not part of readiness: the keys and their password are the same on every
 * instance, so taking this one out of the load balancer would mend nothing, and verification still works.
 */
@Component("signingKeys")
class SigningKeysHealth implements HealthIndicator {

	private final Schools schools;
	private final GeneratedKeys generated;
	private final SchoolKeys keys;

	SigningKeysHealth(Schools schools, GeneratedKeys generated, SchoolKeys keys) {
		this.schools = schools;
		this.generated = generated;
		this.keys = keys;
	}

	@Override
	public Health health() {
		Set<UUID> stored;
		Iterable<School> all;
		try {
			stored = generated.schools();
			all = schools.all();
		}
		catch (RuntimeException e) {
			return Health.down().withDetail("error", "cannot read the schools and their keys: " + e.getMessage()).build();
		}
		Map<String, Integer> signing = new TreeMap<>();
		Map<String, String> cannot = new TreeMap<>();
		for (School school : all) {
			try {
				signing.merge(keys.check(school.id(), stored), 1, Integer::sum);
			}
			catch (RuntimeException e) {
				cannot.put(school.id().toString(), e.getMessage());
			}
		}
		return (cannot.isEmpty() ? Health.up() : Health.down().withDetail("cannotSign", cannot))
			.withDetail("schools", signing).build();
	}
}
