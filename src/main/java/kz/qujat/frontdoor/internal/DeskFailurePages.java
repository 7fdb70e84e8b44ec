package kz.qujat.frontdoor.internal;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.desk.DeskPage;
import kz.qujat.desk.FormProblems;
import kz.qujat.system.DatabaseUnavailable;
import kz.qujat.system.Failure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers the failures of desk pages as pages, ahead of the problem details every other request gets: a browser
 * asking for {@code /desk/…} that is not signed in (or whose session lapsed) goes to the sign-in form; a page that
 * does not exist, or is another school's, is the 404 page; a page the role may not see is the 403 page; anything
 * else is a page naming the problem, in the page's language, with the reference of an unexpected failure. A request
 * outside the desk is left to the problem details.
 */
class DeskFailurePages implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DeskFailurePages.class);

	private static final Map<Failure.Kind, HttpStatus> STATUS_OF = Map.of(Failure.Kind.INVALID, HttpStatus.BAD_REQUEST,
			Failure.Kind.FORBIDDEN, HttpStatus.FORBIDDEN, Failure.Kind.NOT_FOUND, HttpStatus.NOT_FOUND,
			Failure.Kind.CONFLICT, HttpStatus.CONFLICT, Failure.Kind.UNPROCESSABLE, HttpStatus.UNPROCESSABLE_CONTENT,
			Failure.Kind.TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
			Failure.Kind.TOO_MANY, HttpStatus.TOO_MANY_REQUESTS, Failure.Kind.UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE);

	private final DeskViews views;
	private final FormProblems problems;

	DeskFailurePages(DeskViews views, FormProblems problems) {
		this.views = views;
		this.problems = problems;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception thrown) {
		if (!isDeskPage(request) && !(thrown instanceof NoResourceFoundException && isPage(request))) {
			return null;
		}
		Exception failure = DatabaseUnavailable.of(thrown).<Exception>map(outage -> {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(outage.retryAfterSeconds()));
			return outage;
		}).orElse(thrown);
		try {
			if (failure instanceof Failure known && known.kind() == Failure.Kind.UNAUTHENTICATED) {
				// a Basic challenge would make the browser ask for a password in its own dialog
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, null);
				String signIn = "/?lang=" + DeskViews.language();
				if (request.getHeader("HX-Request") != null) {
					// htmx follows a redirect itself and would put the sign-in form where a fragment was due
					response.setStatus(HttpStatus.UNAUTHORIZED.value());
					response.setHeader("HX-Redirect", signIn);
				}
				else {
					response.sendRedirect(signIn);
				}
			}
			else {
				// rendered here, not left to the dispatcher: the security filters ask too, and render nothing
				ModelAndView page = pageOf(request, failure);
				response.setStatus(page.getStatus().value());
				views.failurePage().render(page.getModel(), request, response);
			}
		}
		catch (Exception unrenderable) {
			log.error("The failure page could not be rendered", unrenderable);
			return null;
		}
		return new ModelAndView();
	}

	private ModelAndView pageOf(HttpServletRequest request, Exception failure) {
		ModelAndView page = new ModelAndView();
		page.addObject("view", views.of(request));
		page.addObject("lang", DeskViews.language());
		if (failure instanceof Failure known) {
			page.setStatus(STATUS_OF.get(known.kind()));
			page.addObject("title", problems.title(known));
			page.addObject("detail", problems.detail(known));
		}
		else if (failure instanceof NoResourceFoundException || failure instanceof TypeMismatchException) {
			// a path that names nothing, or an id that is not one
			page.setStatus(HttpStatus.NOT_FOUND);
			page.addObject("title", problems.title("not-found"));
			page.addObject("detail", problems.detail("not-found"));
		}
		else if (failure instanceof HttpRequestMethodNotSupportedException) {
			page.setStatus(HttpStatus.METHOD_NOT_ALLOWED);
			page.addObject("title", problems.title("method-not-allowed"));
			page.addObject("detail", problems.detail("method-not-allowed"));
		}
		else {
			String reference = UUID.randomUUID().toString();
			log.error("Unexpected failure on a desk page, reference {}", reference, failure);
			page.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
			page.addObject("title", problems.title("internal"));
			page.addObject("detail", problems.detail("internal", reference));
		}
		return page;
	}

	/** A browser's request for a desk page: under {@code /desk}, asking for HTML (htmx's requests too). */
	static boolean isDeskPage(HttpServletRequest request) {
		String path = request.getRequestURI();
		return (path.equals(DeskPage.PATH) || path.startsWith(DeskPage.PATH + "/")) && isPage(request);
	}

	/** A browser's request for a page anywhere but the API: a missing page there is the desk's 404 page too. */
	private static boolean isPage(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		String path = request.getRequestURI();
		return !path.startsWith("/api/") && !path.startsWith("/actuator") && accept != null
				&& (accept.contains("text/html") || request.getHeader("HX-Request") != null);
	}
}
