package kz.qujat.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service over real HTTP, as a client sees it: status, headers, JSON and bytes. Signs in as {@code demo}. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String base;
	private final String authorization;
	private final String language;
	private final String accept;

	public Api(int port) {
		this("http://localhost:" + port, basic("demo", "demo"), null, null);
	}

	private Api(String base, String authorization, String language, String accept) {
		this.base = base;
		this.authorization = authorization;
		this.language = language;
		this.accept = accept;
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** The same client without credentials. */
	public Api anonymous() {
		return new Api(base, null, language, accept);
	}

	/** The same client signed in as someone else. */
	public Api as(String user, String password) {
		return new Api(base, basic(user, password), language, accept);
	}

	/** The same client signed in with an API token. */
	public Api bearer(String token) {
		return new Api(base, "Bearer " + token, language, accept);
	}

	/** The same client asking for answers in {@code language} ({@code Accept-Language}). */
	public Api inLanguage(String language) {
		return new Api(base, authorization, language, accept);
	}

	/** The same client asking for answers of {@code mediaType} ({@code Accept}). */
	public Api accepting(String mediaType) {
		return new Api(base, authorization, language, mediaType);
	}

	public HttpResponse<byte[]> get(String path) {
		return send(request(path).GET().build());
	}

	public HttpResponse<byte[]> post(String path, String json) {
		return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
	}

	/** Posts JSON with more headers, given as name, value, name, value…; a name given twice is sent twice. */
	public HttpResponse<byte[]> postWithHeaders(String path, String json, String... namesAndValues) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.header(namesAndValues[i], namesAndValues[i + 1]);
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
	}

	public HttpResponse<byte[]> post(String path, String contentType, byte[] body) {
		return send(request(path).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	/** Posts a file as the multipart form field {@code file}, as a browser's upload form would. */
	public HttpResponse<byte[]> postFile(String path, String filename, byte[] content) {
		String boundary = "qujat-" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return post(path, "multipart/form-data; boundary=" + boundary, body);
	}

	/** Posts JSON without declaring its length, as a streaming client would. */
	public HttpResponse<byte[]> postChunked(String path, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(body)))
			.build());
	}

	public HttpResponse<byte[]> put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
	}

	public HttpResponse<byte[]> delete(String path) {
		return send(request(path).DELETE().build());
	}

	public static JsonNode json(HttpResponse<byte[]> response) {
		return JSON.readTree(response.body());
	}

	public static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path) {
		// bounded, so that a test against a service that stopped answering fails instead of hanging
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
			.timeout(Duration.ofMinutes(1));
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		if (language != null) {
			builder.header("Accept-Language", language);
		}
		if (accept != null) {
			builder.header("Accept", accept);
		}
		return builder;
	}

	private static HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
