package kz.qujat.registry;

/**
 * A registration number as the journal and the paper show it, e.g. {@code ATT-2026-0042}: the counter's
 * prefix, the year and the sequence within that school, counter and year.
 */
public record RegistrationNumber(String prefix, int year, int sequence) {

	/** The number {@link #toString()} wrote. */
	static RegistrationNumber parse(String text) {
		int sequence = text.lastIndexOf('-');
		int year = text.lastIndexOf('-', sequence - 1);
		return new RegistrationNumber(text.substring(0, year), Integer.parseInt(text.substring(year + 1, sequence)),
				Integer.parseInt(text.substring(sequence + 1)));
	}

	@Override
	public String toString() {
		return "%s-%d-%04d".formatted(prefix, year, sequence);
	}
}
