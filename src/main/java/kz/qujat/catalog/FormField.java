package kz.qujat.catalog;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import kz.qujat.system.Bilingual;

/**
 * One field of a service's application form, as the catalog defines it; requests fill it under
 * {@code application.<name>}.
 *
 * @param min for {@code integer}: the smallest value; for {@code date}: how many years back a date may lie
 *     (e.g. 25 for a child's birth date)
 * @param max for {@code integer}: the largest value; for {@code date}: how many years ahead a date may lie
 *     (0: not in the future)
 * @param maxLength for {@code text}: the longest value, 300 when not given
 * @param options for {@code choice}: the codes a request may send, with their printed names
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormField(String name, Type type, boolean required, Bilingual label, Integer min, Integer max,
		Integer maxLength, List<Option> options) {

	public FormField {
		options = options == null ? List.of() : List.copyOf(options);
	}

	public int maxLengthOrDefault() {
		return maxLength == null ? 300 : maxLength;
	}

	public Optional<Option> option(String code) {
		return options.stream().filter(o -> o.code().equals(code)).findFirst();
	}

	/** What a field holds, and so how a request's value is checked and printed. */
	public enum Type {
		text, iin, date, integer, choice, email, phone, confirmation
	}

	/** A value a {@code choice} field offers. */
	public record Option(String code, Bilingual name) {
	}
}
