package kz.qujat.printing;

import java.util.Arrays;

import kz.qujat.system.InvalidField;

/** The paper sizes the service prints on, with their IPP media names. */
public enum Media {

	A4("iso_a4_210x297mm"), A3("iso_a3_297x420mm");

	private final String keyword;

	Media(String keyword) {
		this.keyword = keyword;
	}

	/** The IPP {@code media} keyword (PWG 5101.1 self-describing name). */
	public String keyword() {
		return keyword;
	}

	public static Media of(String field, String name) {
		return Arrays.stream(values()).filter(media -> media.name().equalsIgnoreCase(name)).findFirst()
			.orElseThrow(() -> new InvalidField(field, "one-of-media"));
	}
}
