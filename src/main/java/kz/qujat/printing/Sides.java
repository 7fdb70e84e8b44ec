package kz.qujat.printing;

import java.util.Arrays;

import kz.qujat.system.InvalidField;

/** One- or two-sided printing, by the IPP {@code sides} keywords. */
public enum Sides {

	ONE_SIDED("one-sided"), TWO_SIDED_LONG_EDGE("two-sided-long-edge"), TWO_SIDED_SHORT_EDGE("two-sided-short-edge");

	private final String keyword;

	Sides(String keyword) {
		this.keyword = keyword;
	}

	public String keyword() {
		return keyword;
	}

	public boolean twoSided() {
		return this != ONE_SIDED;
	}

	public static Sides of(String field, String keyword) {
		return Arrays.stream(values()).filter(sides -> sides.keyword.equals(keyword)).findFirst()
			.orElseThrow(() -> new InvalidField(field, "one-of-sides"));
	}
}
