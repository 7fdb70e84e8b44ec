package kz.qujat.issuance.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qujat.catalog.FormField;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.issuance.IssueRequest;
import kz.qujat.registry.DocumentKind;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a clerk typed into a paper's form, kept exactly as typed (a form shown again loses nothing) and read into the
 * API's {@link IssueRequest}, whose rules then judge it. Inputs are named by the request's JSON paths
 * ({@code applicant.iin}, {@code refusal.explanation.kk}, {@code application.grade}); a receipt's checklist lists
 * every document of the service as {@code documents[i].…} with a {@code taken} box, and only the rows taken go into
 * the request, so {@link #row} tells which row a problem of the request's {@code documents[j]} belongs to.
 * Public for the templates, which read it back as typed.
 */
public record PaperForm(MultiValueMap<String, String> values) {

	private static final Pattern ROW = Pattern.compile("documents\\[(\\d+)]\\.(.+)");

	static PaperForm of(MultiValueMap<String, String> values) {
		return new PaperForm(new LinkedMultiValueMap<>(values));
	}

	/** The value of an input as typed, empty when there is none. */
	public String get(String name) {
		String value = values.getFirst(name);
		return value == null ? "" : value;
	}

	/** Whether a checkbox or radio button of {@code name} was sent with {@code value}. */
	public boolean has(String name, String value) {
		List<String> sent = values.get(name);
		return sent != null && sent.contains(value);
	}

	/** Fills an input that was not sent, e.g. a default the clerk may change. */
	PaperForm withDefault(String name, String value) {
		if (!values.containsKey(name) && value != null) {
			values.add(name, value);
		}
		return this;
	}

	/** The codes of the checklist's rows, in their order. */
	List<String> rows() {
		List<String> codes = new ArrayList<>();
		while (values.containsKey(document(codes.size(), "code"))) {
			codes.add(get(document(codes.size(), "code")));
		}
		return codes;
	}

	/**
	 * The form with one more row of the document in {@code row} right after it, ticked: a second certificate of
	 * one code, told apart by its note. Rows below move down by one.
	 */
	PaperForm withAnother(int row) {
		List<String> codes = rows();
		if (row < 0 || row >= codes.size()) {
			return this;
		}
		MultiValueMap<String, String> moved = new LinkedMultiValueMap<>();
		values.forEach((name, sent) -> {
			Matcher document = ROW.matcher(name);
			int index = document.matches() ? Integer.parseInt(document.group(1)) : -1;
			moved.put(index > row ? document(index + 1, document.group(2)) : name, sent);
		});
		moved.add(document(row + 1, "code"), codes.get(row));
		moved.add(document(row + 1, "taken"), "true");
		return new PaperForm(moved);
	}

	/** The checklist row of the request's {@code documents[index]}: the index-th row taken. */
	int row(int index) {
		List<String> codes = rows();
		int taken = -1;
		for (int row = 0; row < codes.size(); row++) {
			if (taken(row) && ++taken == index) {
				return row;
			}
		}
		return index;
	}

	private boolean taken(int row) {
		return has(document(row, "taken"), "true");
	}

	static String document(int row, String part) {
		return "documents[" + row + "]." + part;
	}

	/** The request this form stands for: a paper of {@code kind} for {@code service}, times in {@code zone}. */
	IssueRequest request(DocumentKind kind, ServiceDefinition service, ZoneId zone) {
		IssueRequest.Applicant applicant = new IssueRequest.Applicant(get("applicant.fullName"), get("applicant.iin"),
				blankToNull("applicant.address"), blankToNull("applicant.phone"), blankToNull("applicant.email"));
		return switch (kind) {
			case RECEIPT -> new IssueRequest(kind.code(), service.code(), blankToNull("channel"), null, applicant,
					documents(), null, null, moment("receivedAt", zone));
			case REFUSAL -> new IssueRequest(kind.code(), service.code(), blankToNull("channel"), null, applicant, null,
					new IssueRequest.Refusal(day("refusal.applicationDate"), values.getOrDefault("refusal.grounds", List.of()),
							new IssueRequest.Explanation(get("refusal.explanation.kk"), get("refusal.explanation.ru"), null)),
					null, null);
			case APPLICATION -> new IssueRequest(kind.code(), service.code(), blankToNull("channel"), null, applicant, null,
					null, application(service), null);
			default -> throw new IllegalArgumentException(kind + " has no form");
		};
	}

	private List<IssueRequest.AcceptedDocument> documents() {
		List<IssueRequest.AcceptedDocument> documents = new ArrayList<>();
		List<String> codes = rows();
		for (int row = 0; row < codes.size(); row++) {
			if (taken(row)) {
				String original = get(document(row, "original"));
				documents.add(new IssueRequest.AcceptedDocument(codes.get(row), number(document(row, "sheets")),
						original.isEmpty() ? null : Boolean.valueOf(original), blankToNull(document(row, "note"))));
			}
		}
		return documents;
	}

	/** The answers to the service's form by field name, as the API takes them: numbers as numbers, boxes as booleans. */
	private Map<String, Object> application(ServiceDefinition service) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (FormField field : service.application().fields()) {
			String name = "application." + field.name();
			if (field.type() == FormField.Type.confirmation) {
				if (has(name, "true") || field.required()) {
					answers.put(field.name(), has(name, "true"));
				}
				continue;
			}
			String value = get(name).strip();
			if (value.isEmpty()) {
				continue;
			}
			if (field.type() == FormField.Type.integer) {
				Integer number = parse(value);
				answers.put(field.name(), number == null ? value : number);
			}
			else {
				answers.put(field.name(), value);
			}
		}
		return answers;
	}

	/**
	 * A number as typed; one that is not a number at all (letters, too many digits) is taken as 0, so that the
	 * request's own range rule answers it.
	 */
	private Integer number(String name) {
		String value = get(name).strip();
		if (value.isEmpty()) {
			return null;
		}
		Integer number = parse(value);
		return number == null ? 0 : number;
	}

	private static Integer parse(String value) {
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private LocalDate day(String name) {
		try {
			return get(name).isBlank() ? null : LocalDate.parse(get(name).strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** A {@code datetime-local} input's value in the school's zone; none (now) when empty. */
	private OffsetDateTime moment(String name, ZoneId zone) {
		try {
			return get(name).isBlank() ? null : LocalDateTime.parse(get(name).strip()).atZone(zone).toOffsetDateTime();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private String blankToNull(String name) {
		return get(name).isBlank() ? null : get(name);
	}
}
