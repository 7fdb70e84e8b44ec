package kz.qujat.registry;

/**
 * A registration number as the journal and the paper show it, e.g. {@code ATT-2026-0042}: the service's
 * prefix, the year and the sequence within that school, service and year.
 */
public record RegistrationNumber(String prefix, int year, int sequence) {

	@Override
	public String toString() {
		return "%s-%d-%04d".formatted(prefix, year, sequence);
	}
}
