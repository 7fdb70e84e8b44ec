package kz.qujat.system;

import java.util.List;

/**
 * A domain failure: a fact about the request or the data, without any HTTP in it. One handler maps
 * the {@link Kind} to a status and the {@link #type()} to a stable problem type and localized text
 * ({@code problem.<type>.title} and {@code problem.<type>.detail} in the messages, with {@link #arguments()}).
 */
public abstract class Failure extends RuntimeException {

	/** What kind of failure this is; the only thing the HTTP mapping looks at. */
	public enum Kind {
		INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNPROCESSABLE, TOO_LARGE, TOO_MANY, UNAVAILABLE
	}

	private final String type;
	private final Kind kind;
	private final List<Object> arguments;
	private final String field;

	protected Failure(Kind kind, String type, String message, Object... arguments) {
		this(kind, type, null, message, null, arguments);
	}

	/**
	 * @param field the request field at fault, e.g. {@code service}, or {@code null}
	 * @param message for logs only: never personal data
	 */
	protected Failure(Kind kind, String type, String field, String message, Throwable cause, Object... arguments) {
		super(message, cause);
		this.kind = kind;
		this.type = type;
		this.field = field;
		this.arguments = List.of(arguments);
	}

	/** The stable problem type, e.g. {@code unknown-service}; also the key of its messages. */
	public String type() {
		return type;
	}

	public Kind kind() {
		return kind;
	}

	public List<Object> arguments() {
		return arguments;
	}

	/** The request field at fault, or {@code null} when the failure is not about one field. */
	public String field() {
		return field;
	}
}
