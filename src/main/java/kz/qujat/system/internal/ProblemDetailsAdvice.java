package kz.qujat.system.internal;

import java.io.EOFException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import kz.qujat.system.Bilingual;
import kz.qujat.system.DatabaseUnavailable;
import kz.qujat.system.Failure;
import kz.qujat.system.InvalidField;
import kz.qujat.system.RetryLater;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one table from failures to RFC 9457 problem details. Every answer has a stable {@code type}
 * ({@code /problems/<name>}), a localized title and detail, and for invalid input an {@code errors} list
 * naming each field and the rule it broke. The cause of an unexpected failure is logged under a reference
 * that the client sees; the client never sees a stack trace.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final Map<Failure.Kind, HttpStatus> STATUS_OF = Map.of(
			Failure.Kind.INVALID, HttpStatus.BAD_REQUEST,
			Failure.Kind.UNAUTHENTICATED, HttpStatus.UNAUTHORIZED,
			Failure.Kind.FORBIDDEN, HttpStatus.FORBIDDEN,
			Failure.Kind.NOT_FOUND, HttpStatus.NOT_FOUND,
			Failure.Kind.CONFLICT, HttpStatus.CONFLICT,
			Failure.Kind.TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
			Failure.Kind.TOO_MANY, HttpStatus.TOO_MANY_REQUESTS,
			Failure.Kind.UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE);

	private static final URI BLANK = URI.create("about:blank");

	private final MessageSource messages;
	private final ObjectProvider<MultipartConfigElement> multipart;
	private final MeterRegistry meters;

	/** {@code meters}: absent in a test slice of the web layer alone, which then counts nothing. */
	ProblemDetailsAdvice(MessageSource messages, ObjectProvider<MultipartConfigElement> multipart,
			ObjectProvider<MeterRegistry> meters) {
		this.messages = messages;
		this.multipart = multipart;
		this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
		setMessageSource(messages);
	}

	@ExceptionHandler(Failure.class)
	ResponseEntity<ProblemDetail> failure(Failure failure) {
		HttpStatus status = STATUS_OF.get(failure.kind());
		ProblemDetail problem = problem(status, failure.type(), failure.arguments().toArray());
		if (failure instanceof InvalidField invalid) {
			problem.setProperty("errors",
					List.of(new FieldProblem(invalid.field(), invalid.rule(), message("rule." + invalid.rule()))));
		}
		else if (failure.field() != null) {
			problem.setProperty("errors", List.of(new FieldProblem(failure.field(), failure.type(), problem.getDetail())));
		}
		if (failure instanceof RetryLater later) {
			return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, String.valueOf(later.retryAfterSeconds()))
				.body(problem);
		}
		return ResponseEntity.status(status).body(problem);
	}

	/** A query or form the container could not decode (a stray {@code %}, an escape that is not UTF-8). */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> undecodableParameters(InvalidParameterException cause) {
		log.debug("Undecodable parameters: {}", cause.getMessage());
		return failure(new InvalidField("query", "encoding"));
	}

	/**
	 * An upload that is not multipart as declared: no boundary, cut short, a part header that cannot be read, a
	 * file name with NUL in it (which Tomcat throws as it is when a filter, not Spring, asked for the parts).
	 */
	@ExceptionHandler({ MultipartException.class, InvalidFileNameException.class })
	ResponseEntity<ProblemDetail> unreadableUpload(RuntimeException cause) {
		log.debug("Unreadable multipart body: {}", cause.getMessage());
		return failure(new InvalidField("file", "multipart"));
	}

	/** A body that ended before its declared length: the client went away, or sent less than it said. */
	@ExceptionHandler(EOFException.class)
	ResponseEntity<ProblemDetail> bodyCutShort(EOFException cause) {
		log.debug("Request body ended early");
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-request"));
	}

	/** What Spring Security's firewall refuses: {@code ;}, {@code //}, encoded dots or slashes, odd headers. */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RequestRejectedException cause, HttpServletRequest request) {
		log.debug("Request rejected: {}", cause.getMessage());
		String reason = cause.getMessage() == null ? "" : cause.getMessage();
		String field = reason.contains("header") ? "headers" : reason.contains("HTTP method") ? "method" : "url";
		ResponseEntity<ProblemDetail> answer = failure(new InvalidField(field, "request-rejected"));
		answer.getBody().setInstance(instanceOf(request.getRequestURI()));
		return answer;
	}

	/**
	 * The path as a URI reference, which Spring would otherwise make with {@code URI.create} and fail on: a path
	 * that begins with {@code //} reads as an authority, so the slashes are collapsed; other characters are quoted.
	 */
	private static URI instanceOf(String path) {
		try {
			return new URI(null, null, path.replaceFirst("^/{2,}", "/"), null);
		}
		catch (URISyntaxException unrepresentable) {
			return BLANK;
		}
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception cause) {
		Optional<DatabaseUnavailable> outage = DatabaseUnavailable.of(cause);
		if (outage.isPresent()) {
			log.warn("Answered 503: {}", outage.get().getMessage());
			return failure(outage.get());
		}
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected failure, reference {}", reference, cause);
		return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", reference));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldProblem(error.getField(), ruleOf(error), error.getDefaultMessage()));
		}
		ex.getBindingResult().getGlobalErrors()
				.forEach(error -> errors.add(new FieldProblem(null, error.getCode(), error.getDefaultMessage())));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", errors.size());
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestBodyTooLarge tooLarge) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
					.body(problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.type(), tooLarge.arguments().toArray()));
			}
			FieldProblem invalid = cause instanceof JacksonException json ? fieldProblemOf(json) : null;
			if (invalid != null) {
				ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", 1);
				problem.setProperty("errors", List.of(invalid));
				return ResponseEntity.badRequest().body(problem);
			}
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-request"));
	}

	/** An upload over the multipart limit, refused while it arrived; the detail names the limit in megabytes. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		MultipartConfigElement limits = multipart.getIfAvailable();
		long limit = limits == null ? ex.getMaxUploadSize() : limits.getMaxFileSize();
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", DataSize.ofBytes(limit).toMegabytes()));
	}

	/** Gives the problems Spring raises itself (404, 405, 415 …) a stable type and a localized title and detail too. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem
				&& (problem.getType() == null || BLANK.equals(problem.getType()))) {
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			String name = status == null ? "http-" + statusCode.value()
					: status.name().toLowerCase(Locale.ROOT).replace('_', '-');
			problem.setType(URI.create("/problems/" + name));
			meters.counter("qujat.problems", "type", name, "status", String.valueOf(statusCode.value())).increment();
			problem.setTitle(messages.getMessage("problem." + name + ".title", null, problem.getTitle(), locale()));
			// Spring's own detail is English; the Allow or Accept headers it sets still say what would do
			problem.setDetail(messages.getMessage("problem." + name + ".detail", null, problem.getDetail(), locale()));
		}
		return response;
	}

	/** A problem of {@code type}, counted in {@code qujat.problems} by type and status: requests refused or failed. */
	private ProblemDetail problem(HttpStatus status, String type, Object... arguments) {
		meters.counter("qujat.problems", "type", type, "status", String.valueOf(status.value())).increment();
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("/problems/" + type));
		problem.setTitle(message("problem." + type + ".title"));
		problem.setDetail(message("problem." + type + ".detail", arguments));
		return problem;
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, locale());
	}

	/** Russian when the request asked for it, Kazakh otherwise, whatever else the locale says. */
	private static Locale locale() {
		return Bilingual.RUSSIAN.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? Bilingual.RUSSIAN
				: Bilingual.KAZAKH;
	}

	/** The rule is the key of the message a constraint was given: {@code {rule.iin-checksum}} → {@code iin-checksum}. */
	private static String ruleOf(FieldError error) {
		if (error.contains(ConstraintViolation.class)) {
			String template = error.unwrap(ConstraintViolation.class).getMessageTemplate();
			if (template.startsWith("{rule.") && template.endsWith("}")) {
				return template.substring("{rule.".length(), template.length() - 1);
			}
		}
		return error.getCode();
	}

	/**
	 * The field a JSON failure is about and the rule it broke ({@link StrictJsonConfiguration}): a key no request
	 * has, a key given twice, or a value of the wrong JSON type; {@code null} when the body is not JSON at all.
	 */
	private FieldProblem fieldProblemOf(JacksonException json) {
		String rule;
		String field;
		if (json instanceof UnrecognizedPropertyException) {
			rule = "unknown-field";
			field = pathOf(json.getPath());
		}
		else if (json instanceof StreamReadException read && read.processor() != null
				&& json.getOriginalMessage().startsWith("Duplicate Object property")) {
			rule = "duplicate-key";
			field = pathOf(read.processor().streamReadContext());
		}
		else if (!json.getPath().isEmpty()) {
			rule = "type";
			field = pathOf(json.getPath());
		}
		else {
			return null;
		}
		return new FieldProblem(field, rule, message("rule." + rule));
	}

	/** Where the parser stood: {@code documents[0].code}. */
	private static String pathOf(TokenStreamContext context) {
		List<String> steps = new ArrayList<>();
		for (TokenStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
			steps.add(0, step.inArray() ? "[" + step.getCurrentIndex() + "]" : "." + step.currentName());
		}
		String path = String.join("", steps);
		return path.startsWith(".") ? path.substring(1) : path;
	}

	private static String pathOf(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	/** One broken rule: which field, which rule, and what to do about it. */
	record FieldProblem(String field, String rule, String message) {
	}
}
