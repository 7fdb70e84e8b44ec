package kz.qujat.system.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import kz.qujat.system.Bilingual;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own refusals, made before any filter runs (an address it cannot decode, {@code %2F}, {@code %00}, a
 * header line it cannot parse), as problem details like every other answer rather than Tomcat's HTML page.
 * Spring Boot puts a plain {@link ErrorReportValve} on the host; {@link WebConfiguration} puts this one there
 * instead. Nothing is logged: Tomcat has already said at debug level what it refused.
 */
final class ProblemReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;
	private final LanguageResolver languages = new LanguageResolver();

	ProblemReportValve(MessageSource messages) {
		this.messages = messages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		Locale locale = locale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		String type = typeOf(status);
		problem.put("type", "/problems/" + type);
		problem.put("status", status);
		problem.put("title", messages.getMessage("problem." + type + ".title", null, "HTTP " + status, locale));
		String detail = messages.getMessage("problem." + type + ".detail", null, null, locale);
		if (detail != null) {
			problem.put("detail", detail);
		}
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ignored) {
			// the client is gone or the response is already being written: nothing left to tell it
		}
	}

	/** The caller's language, when the request got far enough to have headers; Kazakh otherwise. */
	private Locale locale(Request request) {
		try {
			return languages.resolveLocale(request);
		}
		catch (RuntimeException unreadable) {
			return Bilingual.KAZAKH;
		}
	}

	/** Named as {@link ProblemDetailsAdvice} names the statuses Spring answers itself, but for 400, which is ours. */
	private static String typeOf(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		if (status == 400) {
			return "unreadable-request";
		}
		return known == null ? "http-" + status : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
