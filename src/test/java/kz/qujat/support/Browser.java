package kz.qujat.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The service as a browser sees it: it keeps the session cookie (which Java's own cookie store would not send,
 * the cookie being {@code Secure} and the test server plain HTTP), follows no redirects, and remembers the CSRF
 * token of the last page it read, as a form on that page would send it.
 */
public final class Browser {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;
	private String session;
	private String csrf;

	public Browser(int port) {
		this.base = "http://localhost:" + port;
	}

	/**
	 * The same browser pointed at another instance on {@code port}, as a load balancer sends its next request: it
	 * carries this one's session cookie and CSRF token from now on, this one keeps its own.
	 */
	public Browser on(int port) {
		Browser moved = new Browser(port);
		moved.session = session;
		moved.csrf = csrf;
		return moved;
	}

	/** Opens the sign-in page and sends its form with the page's CSRF token; the answer is the form's. */
	public HttpResponse<String> signIn(String username, String password) {
		get("/login");
		return submit("/login", Map.of("username", username, "password", password, "_csrf", csrf()));
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** Sends a form as it is given: with {@code _csrf} only when the caller puts it in. */
	public HttpResponse<String> submit(String path, Map<String, String> fields) {
		String body = fields.entrySet().stream()
			.map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Posts JSON riding on the session, with the CSRF token in its header when {@code withCsrf}. */
	public HttpResponse<String> postJson(String path, String json, boolean withCsrf) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (withCsrf) {
			request.header("X-CSRF-TOKEN", csrf());
		}
		return send(request);
	}

	/** The CSRF token of the last page read that had one. */
	public String csrf() {
		if (csrf == null) {
			throw new IllegalStateException("no page with a CSRF token was read");
		}
		return csrf;
	}

	/** The session cookie's value, or null before the service gave one. */
	public String session() {
		return session;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*");
		if (session != null) {
			request.header("Cookie", "JSESSIONID=" + session);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(cookie -> {
				Matcher matcher = SESSION.matcher(cookie);
				if (matcher.find()) {
					session = matcher.group(1);
				}
			});
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				csrf = token.group(1);
			}
			return response;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
