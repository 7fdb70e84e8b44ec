package kz.qujat.issuance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import kz.qujat.catalog.ApplicationForm;
import kz.qujat.catalog.FormField;
import kz.qujat.system.Bilingual;
import kz.qujat.system.Iin;
import kz.qujat.system.OfficialDates;
import kz.qujat.system.PrintableText;
import kz.qujat.system.ValidPhone;

/**
 * The fields of a service's application form, as the catalog defines them: what a request's values must be
 * ({@link #check}) and how they print ({@link #answers}). The one place that knows the field types.
 */
final class ApplicationFields {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern PHONE = Pattern.compile(ValidPhone.PATTERN);

	private ApplicationFields() {
	}

	/** A broken rule: the field's name and the rule's key. */
	record Violation(String field, String rule) {
	}

	/** The rules {@code values} break against {@code form}; empty when there are none. */
	static List<Violation> check(ApplicationForm form, Map<String, Object> values, LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		for (String name : values.keySet()) {
			if (form.field(name).isEmpty()) {
				violations.add(new Violation(name, "unknown-field"));
			}
		}
		for (FormField field : form.fields()) {
			Object value = values.get(field.name());
			if (value == null || value instanceof String text && text.isBlank()) {
				if (field.required()) {
					violations.add(new Violation(field.name(), "required"));
				}
				continue;
			}
			String rule = ruleBrokenBy(field, value, today);
			if (rule != null) {
				violations.add(new Violation(field.name(), rule));
			}
		}
		return violations;
	}

	private static String ruleBrokenBy(FormField field, Object value, LocalDate today) {
		if (field.type() == FormField.Type.integer) {
			if (!(value instanceof Integer number)) {
				return "type";
			}
			boolean inRange = (field.min() == null || number >= field.min()) && (field.max() == null || number <= field.max());
			return inRange ? null : "range";
		}
		if (field.type() == FormField.Type.confirmation) {
			return !(value instanceof Boolean confirmed) ? "type" : field.required() && !confirmed ? "must-confirm" : null;
		}
		if (!(value instanceof String text)) {
			return "type";
		}
		return switch (field.type()) {
			case text -> text.length() > field.maxLengthOrDefault() ? "max-length"
					: PrintableText.isSingleLine(text) ? null : "printable";
			case iin -> Iin.isValid(text) ? null
					: Iin.defectOf(text) == Iin.Defect.NOT_TWELVE_DIGITS ? "iin-format" : "iin-checksum";
			case email -> text.length() <= 200 && EMAIL.matcher(text).matches() && PrintableText.isSingleLine(text) ? null : "email";
			case phone -> text.length() <= 30 && PHONE.matcher(text).matches() ? null : "phone";
			case choice -> field.option(text).isPresent() ? null : "one-of-options";
			case date -> dateRule(field, text, today);
			case integer, confirmation -> throw new IllegalStateException("handled above");
		};
	}

	private static String dateRule(FormField field, String text, LocalDate today) {
		LocalDate date;
		try {
			date = LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			return "date";
		}
		boolean tooEarly = field.min() != null && date.isBefore(today.minusYears(field.min()));
		boolean tooLate = field.max() != null && date.isAfter(today.plusYears(field.max()));
		return tooEarly || tooLate ? "date-range" : null;
	}

	/** The values of a valid request as the form prints them, by field name; absent fields are left out. */
	static Map<String, Bilingual> answers(ApplicationForm form, Map<String, Object> values) {
		Map<String, Bilingual> answers = new LinkedHashMap<>();
		for (FormField field : form.fields()) {
			Object value = values.get(field.name());
			if (value == null || value instanceof String text && text.isBlank()) {
				continue;
			}
			answers.put(field.name(), switch (field.type()) {
				case choice -> field.option((String) value).orElseThrow().name();
				case date -> Bilingual.of(OfficialDates.INSTANCE.kk(LocalDate.parse((String) value)),
						OfficialDates.INSTANCE.ru(LocalDate.parse((String) value)));
				case confirmation -> (Boolean) value ? Bilingual.of("иә", "да") : Bilingual.of("жоқ", "нет");
				default -> Bilingual.of(value.toString().strip(), value.toString().strip());
			});
		}
		return answers;
	}
}
