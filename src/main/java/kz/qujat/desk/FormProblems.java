package kz.qujat.desk;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import kz.qujat.system.Failure;
import kz.qujat.system.InvalidField;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The API's answers, as a form shows them: which field breaks which rule, in the page's language, keyed by the
 * field's path in the request ({@code applicant.iin}, {@code documents[1].sheets}), the same path a problem's
 * {@code errors[].field} names. A form names its inputs by those paths, and each input shows its own message. A
 * problem about no field in particular is kept under {@link #FORM}.
 */
@Component
public class FormProblems {

	/** The key of a problem about the whole form rather than one field. */
	public static final String FORM = "";

	private final Validator validator;
	private final MessageSource messages;

	FormProblems(Validator validator, MessageSource messages) {
		this.validator = validator;
		this.messages = messages;
	}

	/**
	 * What the API's validation would say of {@code request}: the first broken rule of each field, in the order the
	 * fields were found. Empty when the request is valid.
	 */
	public Map<String, String> of(Object request) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (ConstraintViolation<Object> violation : validator.validate(request)) {
			String path = violation.getPropertyPath().toString();
			problems.putIfAbsent(path, violation.getMessage());
		}
		return problems;
	}

	/**
	 * What the API would answer to {@code failure}: under the field it names the rule's message (an
	 * {@link InvalidField}) or the problem's detail; under {@link #FORM} the detail of a failure about no field.
	 */
	public Map<String, String> of(Failure failure) {
		Map<String, String> problems = new LinkedHashMap<>();
		String field = failure.field() == null ? FORM : failure.field();
		problems.put(field, failure instanceof InvalidField invalid ? rule(invalid.rule()) : detail(failure));
		return problems;
	}

	/**
	 * What a form shows of a failure its action met: one about what was typed (a broken rule, or a conflict such as a
	 * name already taken or a paper already revoked) as {@link #of(Failure)}, beside its field; any other (not found,
	 * not allowed, unavailable) is thrown on, to be answered as a page of its own.
	 */
	public Map<String, String> onTheForm(Failure failure) {
		if (failure.kind() != Failure.Kind.INVALID && failure.kind() != Failure.Kind.CONFLICT) {
			throw failure;
		}
		return of(failure);
	}

	/** The localized title of a failure's problem type, e.g. for a page's heading. */
	public String title(Failure failure) {
		return title(failure.type());
	}

	/** The localized detail of a failure's problem type, with its arguments. */
	public String detail(Failure failure) {
		return detail(failure.type(), failure.arguments().toArray());
	}

	/** The localized title of a problem type, e.g. {@code not-found}. */
	public String title(String type) {
		return message("problem." + type + ".title");
	}

	/** The localized detail of a problem type, with its arguments. */
	public String detail(String type, Object... arguments) {
		return message("problem." + type + ".detail", arguments);
	}

	/** The localized message of a rule, e.g. {@code iin-checksum}. */
	public String rule(String rule) {
		return message("rule." + rule);
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}
}
