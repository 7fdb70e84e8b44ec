package kz.qujat.reports;

import java.util.Arrays;

import kz.qujat.system.InvalidField;

/** The paper a service passport poster is printed on. */
public enum PosterSize {
	A4, A3;

	/** The size a caller names, in either case, or an {@link InvalidField} {@code size} with rule {@code poster-size}. */
	public static PosterSize of(String name) {
		return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst()
			.orElseThrow(() -> new InvalidField("size", "poster-size"));
	}
}
