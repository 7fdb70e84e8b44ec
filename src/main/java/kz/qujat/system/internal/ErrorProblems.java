package kz.qujat.system.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the container forwards to {@code /error}, in place of Spring Boot's JSON: a status set outside Spring MVC
 * ({@code TRACE}, which the servlet refuses itself; a body that ended before its length) by that status, and a
 * failure no filter answered by what it is. Both go through {@link ProblemDetailsAdvice}, so they are problems
 * like every other answer.
 */
@RestController
class ErrorProblems implements ErrorController {

	@RequestMapping("/error")
	void error(HttpServletRequest request) throws Exception {
		// asked for directly rather than forwarded to, /error is a page that does not exist
		HttpStatusCode status = HttpStatusCode.valueOf(
				request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404);
		if (status.is5xxServerError() && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Exception failure) {
			throw failure;
		}
		throw new ResponseStatusException(status);
	}
}
