package kz.qujat.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qujat.support.Api;
import kz.qujat.support.RawHttp;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Ten thousand requests, each a well-formed request to one of the service's endpoints with one to three
 * things broken (the path, the query, the headers, the body), signed in with the clerk's token, as the director,
 * or not at all. None may get a 5xx; every 4xx is a problem (the pages for people may answer HTML); no request
 * failure is logged with its stack trace. The generator is seeded, with one seed by default so that a build
 * answers the same every time; {@code -Dfuzz.seed=N} runs (or replays) another, {@code -Dfuzz.requests=N} changes
 * its length.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsIntegrationTests extends ServiceTest {

	private static final String TOKEN = "Bearer demo-token";
	private static final String DIRECTOR = Api.basic("demo-director", "demo");

	private static final List<String> GARBAGE = List.of("%ff", "%", "%zz", "%00", "%2f", "%2e%2e", "%c0%af", "%e2%80%ae",
			"%ef%bb%bf", "%d8%00", "..", ";x=1", "-1", "0", "99999999999999999999", "-2147483649", "1e400", "NaN", "",
			"-999999999-01-01", "+999999999-12-31", "2026-02-30", "0000-00-00", "1700000000", "-2026", "%F0%9F%98%80",
			"%D3%98%D0%B1", "a%00b", "%0d%0aX-Injected:%201", "%25ff", "null", "[]", "{}", "'", "%22%3E%3Cscript%3E");

	private static final Pattern SCALAR = Pattern.compile(":\\s*(\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|[-\\w.+]++)");

	private static final List<String> CONTENT_TYPES = List.of("application/json; charset=x-bogus",
			"application/json; charset=", "application/json;;;", "application/json; charset=\"utf-8",
			"application/json; charset=utf-16", "application/json; charset=ISO-8859-1", "multipart/form-data",
			"multipart/form-data; boundary=", "multipart/form-data; boundary=\"", "multipart/form-data; boundary=nope",
			"text/plain", "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=x-bogus",
			"*/*", "application/", "/", "ü/ä", "application/json\u0000", "application/xml", "application/pdf");

	private static final List<String> JSON_VALUES = List.of("true", "1e40", "-1", "1.5", "[]", "{}", "null", "\"\"",
			"\"\\u0000\"", "\"\\ud800\"", "\"\u202e\"", "99999999999999999999999", "\"" + "ә".repeat(5000) + "\"",
			"[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]", "\"-999999999-01-01\"", "\"+999999999-12-31\"", "\"Asia/Nowhere\"");

	@Test
	void noMalformedRequestGetsA5xxOrAnAnswerThatIsNoProblem(CapturedOutput output) throws Exception {
		long seed = Long.getLong("fuzz.seed", 20261201L);
		int requests = Integer.getInteger("fuzz.requests", 10_000);
		System.out.println("MalformedRequestsIntegrationTests seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");

		String documentId = Api.json(api.bearer("demo-token").post("/api/v1/documents", Receipts.simple("Сынақ Сынақұлы")))
			.get("id").asString();
		byte[] pdf = api.bearer("demo-token").get("/api/v1/documents/" + documentId + "/pdf").body();
		List<Endpoint> endpoints = endpoints(documentId, pdf);
		// an address of its own: the sign-in throttle and rate limit it may trip stay away from other tests
		RawHttp http = new RawHttp(port, InetAddress.getByName("127.0.0.3"));

		Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
		Map<String, Long> millisOf = new ConcurrentHashMap<>();
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		long started = System.nanoTime();
		int threads = 3;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			SplittableRandom random = new SplittableRandom(seed + t);
			int share = requests / threads + (t < requests % threads ? 1 : 0);
			work.add(pool.submit(() -> {
				for (int i = 0; i < share; i++) {
					Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
					Mutant mutant = mutate(endpoint, random);
					long sent = System.nanoTime();
					RawHttp.Answer answer = http.send(mutant.bytes(), mutant.cutShort());
					millisOf.merge(endpoint.method() + " " + pathOf(endpoint.target()), (System.nanoTime() - sent) / 1_000_000,
							Long::sum);
					statuses.merge(answer.status(), 1, Integer::sum);
					String wrong = judge(mutant, answer);
					if (wrong != null && failures.size() < 20) {
						failures.add(wrong + " for " + mutant.description() + " → " + answer.status() + " "
								+ answer.contentType() + " " + abbreviated(answer.body()));
					}
				}
			}));
		}
		for (Future<?> done : work) {
			done.get();
		}
		pool.shutdown();
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("MalformedRequestsIntegrationTests sent " + requests + " requests in " + millis
				+ " ms; by status " + statuses + " (-1: closed without an answer, see judge); most time spent on "
				+ millisOf.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6).toList());

		assertThat(failures).as("seed %d", seed).isEmpty();
		assertThat(statuses.keySet()).as("seed %d", seed).allMatch(status -> status < 500);
		assertNoRequestFailureLogged(output);
	}

	/** The requests issue 12 found answered with a 500 and a stack trace, each answered now with what is wrong. */
	@Test
	void eachMalformedRequestFoundBeforeIsAProblemThatNamesWhatIsWrong(CapturedOutput output) {
		RawHttp http = new RawHttp(port, InetAddress.getLoopbackAddress());
		String token = "Authorization: " + TOKEN + "\r\n";
		String multipart = "POST /api/v1/verify HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=b\r\n";
		String part = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n--b--\r\n";
		assertProblem(http, "GET /api/v1/documents?limit=%ff HTTP/1.1\r\n" + token, "", 400, "query", "encoding");
		assertProblem(http, "GET /actuator/health?x=%ff HTTP/1.1\r\n", "", 400, "query", "encoding");
		assertProblem(http, "GET /api/v1/documents?from=-999999999-01-01 HTTP/1.1\r\n" + token, "", 400, "from", "date-range");
		assertProblem(http, "GET /api/v1/complaints?year=1700000000 HTTP/1.1\r\n" + token, "", 400, "year", "year");
		assertProblem(http, "GET /api/v1/reports/journal.csv?service=teacher-attestation&year=-5 HTTP/1.1\r\n" + token, "",
				400, "year", "year");
		assertProblem(http, "GET /api/v1/calendar/due?service=teacher-attestation&at=%2B999999999-12-31T00:00Z HTTP/1.1\r\n"
				+ token, "", 400, "at", "date-range");
		assertProblem(http, "GET /api/v1/documents?limit=abc HTTP/1.1\r\n" + token, "", 400, null, null);
		assertProblem(http, "POST /api/v1/documents HTTP/1.1\r\nContent-Type: application/json; charset=x-bogus\r\n", "{}",
				415, null, null);
		// found by the generated requests below (seed 4121262180338): an empty charset broke the path's decoding
		assertProblem(http, "TRACE /api/v1/school HTTP/1.1\r\nContent-Type: application/json; charset=\r\n" + token, "{}",
				405, null, null);
		assertProblem(http, "POST /api/v1/verify HTTP/1.1\r\nContent-Type: multipart/form-data\r\n", part, 400, "file",
				"multipart");
		assertProblem(http, multipart, part.substring(0, 60), 400, "file", "multipart");
		assertProblem(http, multipart, part.replace("a.pdf", "a\u0000.pdf"), 400, "file", "multipart");
		assertProblem(http, "GET /api/v1/documents/a;b HTTP/1.1\r\n" + token, "", 400, "url", "request-rejected");
		assertProblem(http, "GET //api/v1/services HTTP/1.1\r\n", "", 400, "url", "request-rejected");
		// refused by Tomcat before any filter runs: answered by ProblemReportValve
		assertProblem(http, "GET /api/v1/documents/%ff HTTP/1.1\r\n" + token, "", 400, null, null);
		assertProblem(http, "GET /api/v1/verify/a%2fb HTTP/1.1\r\n", "", 400, null, null);
		// refused by the servlet, forwarded to /error
		assertProblem(http, "TRACE /api/v1/services HTTP/1.1\r\n", "", 405, null, null);
		assertProblem(http, "GET /error HTTP/1.1\r\n", "", 404, null, null);
		assertNoRequestFailureLogged(output);
	}

	/**
	 * The service logs a failed request with its stack trace in these words (ours for a bug, Tomcat's for what
	 * escaped the servlet or could not be parsed); other contexts of the same test run may log their own troubles.
	 */
	private static void assertNoRequestFailureLogged(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain("Unexpected failure, reference").doesNotContain("Servlet.service()")
			.doesNotContain("Error parsing HTTP request header").doesNotContain("Exception Processing");
	}

	private static void assertProblem(RawHttp http, String head, String body, int status, String field, String rule) {
		byte[] bytes = (head + "Host: localhost\r\nConnection: close\r\n"
				+ (body.isEmpty() ? "" : "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n") + "\r\n" + body)
			.getBytes(StandardCharsets.UTF_8);
		RawHttp.Answer answer = http.send(bytes, false);
		assertThat(answer.status()).as(head).isEqualTo(status);
		assertThat(answer.isProblem()).as(head + " → " + answer).isTrue();
		if (field != null) {
			assertThat(answer.body()).as(head).contains("\"field\":\"" + field + "\",\"rule\":\"" + rule + "\"");
		}
	}

	/**
	 * Why the answer is wrong, or null. A connection may end without an answer after a body cut short, and after
	 * a request line Tomcat refuses: it answers and closes without reading the rest, and the unread bytes make the
	 * connection end in a reset that can overtake the answer (answered they are, as {@code ProblemReportValve}'s
	 * 400 problems among the others show).
	 */
	private static String judge(Mutant mutant, RawHttp.Answer answer) {
		if (answer.status() < 0) {
			return mutant.cutShort() || mutant.oddRequestLine() ? null : "no answer";
		}
		if (answer.status() >= 500) {
			return "a 5xx";
		}
		if (mutant.cutShort() && answer.status() == 400 && answer.body().isEmpty()) {
			// a body cut short mid-frame (chunked, no chunks): Tomcat closes the broken connection with a bare 400
			return null;
		}
		// Tomcat reads a request line with a space too many ("GET  /v/…") as the page it names
		String path = mutant.path().strip();
		boolean page = path.startsWith("/v/") || path.startsWith("/login") || path.startsWith("/swagger-ui");
		boolean problem = mutant.head() ? answer.contentType() != null
				&& answer.contentType().startsWith("application/problem+json") : answer.isProblem();
		if (answer.status() >= 400 && !problem
				&& !(page && answer.contentType() != null && answer.contentType().startsWith("text/html"))) {
			return "a 4xx that is no problem";
		}
		return null;
	}

	/** A method or request target outside what Tomcat takes (RFC 9112, and no brackets), refused before it reads headers. */
	private static boolean oddRequestLine(String method, String target) {
		return target.isEmpty() || !method.chars().allMatch(c -> c > 32 && c < 127)
				|| !target.chars().allMatch(c -> c > 32 && c < 127 && "\"#<>[\\]^`{|}".indexOf(c) < 0);
	}

	private static String abbreviated(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	// every endpoint of the controllers, with a request that would succeed (or be refused for the role only)

	private static List<Endpoint> endpoints(String documentId, byte[] pdf) {
		String receipt = Receipts.simple("Сынақова Әлия Серікқызы");
		String code = "ABCDEFGHJKMNPQRSTVWX";
		List<Endpoint> all = new ArrayList<>();
		all.add(get("/api/v1/services"));
		all.add(get("/api/v1/services/teacher-attestation"));
		all.add(get("/api/v1/services/teacher-attestation/passport.pdf?size=A4"));
		all.add(get("/v/" + code + "?lang=ru"));
		all.add(get("/api/v1/verify/" + code));
		all.add(new Endpoint("POST", "/api/v1/verify", null, null, pdf));
		all.add(json("POST", "/api/v1/documents", receipt));
		all.add(json("POST", "/api/v1/documents/preview", receipt));
		all.add(get("/api/v1/documents?service=teacher-attestation&kind=receipt&from=2026-01-01&to=2026-12-31&limit=10&offset=0"));
		all.add(get("/api/v1/documents/" + documentId));
		all.add(get("/api/v1/documents/" + documentId + "/pdf"));
		all.add(json("POST", "/api/v1/documents/" + documentId + "/revoke", "{\"reason\":\"superseded\",\"note\":\"x\"}"));
		all.add(get("/api/v1/reports/public.pdf?year=2026"));
		all.add(get("/api/v1/reports/journal.pdf?service=teacher-attestation&year=2026"));
		all.add(get("/api/v1/reports/journal.csv?service=teacher-attestation&year=2026"));
		all.add(json("POST", "/api/v1/complaints", "{\"receivedOn\":\"2026-10-05\",\"service\":\"teacher-attestation\","
				+ "\"summary\":\"Қолхат кешігіп берілді\",\"outcome\":\"Түсіндірілді\",\"justified\":false}"));
		all.add(get("/api/v1/complaints?year=2026"));
		all.add(get("/api/v1/calendar/2026"));
		all.add(get("/api/v1/calendar/due?service=teacher-attestation&at=2026-11-20T18:01:00%2B05:00"));
		all.add(json("POST", "/api/v1/schools", "{\"nameKk\":\"Мектеп\",\"nameRu\":\"Школа\",\"bin\":\"950341000052\"}"));
		all.add(get("/api/v1/schools"));
		all.add(json("POST", "/api/v1/schools/" + documentId + "/staff",
				"{\"username\":\"fuzz\",\"password\":\"long-enough-1\",\"fullName\":\"Сынақ\",\"role\":\"director\"}"));
		all.add(get("/api/v1/school"));
		// no bin: whatever else a mutation does, the demo school's profile, which other tests print, stays as it is
		all.add(json("PUT", "/api/v1/school", "{\"nameKk\":\"Мектеп\",\"nameRu\":\"Школа\",\"phone\":\"+7 716 200 00 06\","
				+ "\"timeZone\":\"Asia/Almaty\",\"opensAt\":\"09:00\",\"closesAt\":\"18:00\"}"));
		all.add(get("/api/v1/school/staff"));
		all.add(json("POST", "/api/v1/school/staff",
				"{\"username\":\"fuzz-clerk\",\"password\":\"long-enough-1\",\"fullName\":\"Сынақ\",\"role\":\"clerk\"}"));
		all.add(new Endpoint("DELETE", "/api/v1/school/staff/00000000-0000-0000-0000-000000000000", null, null, null));
		all.add(get("/api/v1/school/tokens"));
		all.add(json("POST", "/api/v1/school/tokens", "{\"name\":\"fuzz\"}"));
		all.add(new Endpoint("DELETE", "/api/v1/school/tokens/00000000-0000-0000-0000-000000000000", null, null, null));
		all.add(get("/api/v1/audit?limit=10"));
		all.add(get("/actuator/health"));
		all.add(get("/actuator/health/readiness"));
		all.add(get("/actuator/info"));
		all.add(get("/actuator/prometheus"));
		all.add(get("/"));
		all.add(get("/login"));
		all.add(new Endpoint("POST", "/login", "application/x-www-form-urlencoded", "username=fuzz-nobody&password=x", null));
		all.add(get("/v3/api-docs"));
		all.add(get("/swagger-ui.html"));
		return all;
	}

	private static Endpoint get(String target) {
		return new Endpoint("GET", target, null, null, null);
	}

	private static Endpoint json(String method, String target, String body) {
		return new Endpoint(method, target, "application/json", body, null);
	}

	/** A request before mutation; {@code upload} makes it a multipart upload of that file. */
	record Endpoint(String method, String target, String contentType, String body, byte[] upload) {
	}

	/** A request as sent, and what the test needs to judge its answer. */
	record Mutant(String path, String method, byte[] bytes, boolean cutShort, boolean oddRequestLine,
			String description) {

		boolean head() {
			return method.equals("HEAD");
		}
	}

	// the mutations

	private Mutant mutate(Endpoint endpoint, SplittableRandom random) {
		String method = endpoint.method();
		String target = endpoint.target();
		String contentType = endpoint.contentType();
		byte[] body = endpoint.body() == null ? null : endpoint.body().getBytes(StandardCharsets.UTF_8);
		String boundary = "qujat-" + random.nextInt(1_000_000);
		if (endpoint.upload() != null) {
			contentType = "multipart/form-data; boundary=" + boundary;
			body = multipart(boundary, "receipt.pdf", endpoint.upload());
		}
		String authorization = switch (random.nextInt(100) / 10) {
			case 0, 1, 2 -> null;
			case 3 -> random.nextInt(3) == 0 ? DIRECTOR : TOKEN;
			default -> TOKEN;
		};
		List<String> extraHeaders = new ArrayList<>();
		List<String> done = new ArrayList<>();
		int lengthLies = 0;
		boolean cutShort = false;
		int mutations = 1 + random.nextInt(3);
		for (int m = 0; m < mutations; m++) {
			switch (random.nextInt(body == null ? 9 : 16)) {
				case 0 -> { // a path segment replaced
					String[] parts = target.split("\\?", 2);
					String[] segments = parts[0].split("/");
					int at = 1 + random.nextInt(Math.max(1, segments.length - 1));
					if (at < segments.length) {
						segments[at] = pick(GARBAGE, random);
					}
					target = String.join("/", segments) + (parts.length > 1 ? "?" + parts[1] : "");
					done.add("segment");
				}
				case 1 -> { // odd path syntax
					String[] odd = { "//", "/./", "/../", "/", ";jsessionid=x", "\\", "/%2e/", "/.;/" };
					int slash = target.indexOf('/', 1 + random.nextInt(Math.max(1, pathOf(target).length())));
					String insert = pick(List.of(odd), random);
					target = slash < 0 ? target + insert : target.substring(0, slash) + insert + target.substring(slash);
					done.add("path syntax");
				}
				case 2 -> { // raw bytes in the request target
					String[] raw = { " ", "\t", "\u0001", "é", "<", "\"", "{", "|", "^", "`", "\u007f", "#" };
					int at = random.nextInt(target.length() + 1);
					target = target.substring(0, at) + pick(List.of(raw), random) + target.substring(at);
					done.add("raw target");
				}
				case 3 -> { // a query value replaced, or a query added
					target = withQueryValue(target, pick(GARBAGE, random), random);
					done.add("query value");
				}
				case 4 -> { // an odd query
					String[] odd = { "&&&", "=x", "limit", "year=1&year=2", "lang=%ff", "x=" + "9".repeat(5000), "%", "a=%",
							"&" + "p=1&".repeat(1200), "year=" + pick(GARBAGE, random) };
					target = target + (target.contains("?") ? "&" : "?") + pick(List.of(odd), random);
					done.add("query");
				}
				case 5 -> { // a header that lies or does not parse
					String[] odd = { "Accept-Language: " + pick(GARBAGE, random), "Accept-Language: ;;;q=x,*-*",
							"Cookie: JSESSIONID=" + pick(GARBAGE, random), "X-Forwarded-For: " + pick(GARBAGE, random),
							"Expect: 100-continue", "Range: bytes=-1-2", "If-None-Match: " + pick(GARBAGE, random),
							"X-Long: " + "x".repeat(random.nextInt(2) == 0 ? 5_000 : 20_000), "X-Bytes: \u00ff\u00fe",
							"Content-Encoding: gzip", "Transfer-Encoding: chunked" };
					String header = pick(List.of(odd), random);
					extraHeaders.add(header);
					// a chunked body that never comes would keep the server waiting: end the sending side instead
					cutShort |= header.startsWith("Transfer-Encoding");
					done.add("header");
				}
				case 6 -> { // credentials that are not
					authorization = pick(List.of("Bearer ", "Bearer %ff", "Basic !!!", "Basic " + "QQ".repeat(3000),
							"Bearer demo-token\u0001", Api.basic("fuzz-nobody", "x"), "Negotiate x", "Bearer " + "a".repeat(10_000)), random);
					done.add("authorization");
				}
				case 7 -> { // another method
					method = pick(List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "FOO",
							"get", "POST\u0001"), random);
					done.add("method " + method);
				}
				case 8 -> { // a content type, with or without a body
					contentType = pick(CONTENT_TYPES, random);
					if (body == null && random.nextBoolean()) {
						body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
					}
					done.add("content type " + contentType);
				}
				case 9 -> { // truncated
					body = Arrays.copyOf(body, random.nextInt(body.length + 1));
					done.add("truncated");
				}
				case 10 -> { // bit flips
					for (int flips = 1 + random.nextInt(4); flips > 0 && body.length > 0; flips--) {
						body[random.nextInt(body.length)] ^= (byte) (1 << random.nextInt(8));
					}
					done.add("bit flips");
				}
				case 11 -> { // a JSON value replaced by one of another type or an extreme one
					body = replaceValue(new String(body, StandardCharsets.UTF_8), pick(JSON_VALUES, random), random)
						.getBytes(StandardCharsets.UTF_8);
					done.add("value");
				}
				case 12 -> { // deep nesting, a huge string, a duplicate key, an unknown field
					String text = new String(body, StandardCharsets.UTF_8);
					body = switch (random.nextInt(4)) {
						case 0 -> ("[".repeat(20_000) + "]".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
						case 1 -> text.replaceFirst("\\{", "{\"x\":\"" + "ы".repeat(100_000 + random.nextInt(100_000)) + "\",")
							.getBytes(StandardCharsets.UTF_8);
						case 2 -> text.replaceFirst("\\{\"(\\w+)\":([^,}]+),", "{\"$1\":$2,\"$1\":$2,").getBytes(StandardCharsets.UTF_8);
						default -> text.replaceFirst("\\{", "{\"unknownField\":{\"a\":[1,2,{}]},").getBytes(StandardCharsets.UTF_8);
					};
					done.add("structure");
				}
				case 13 -> { // NUL and bytes that are not UTF-8
					byte[][] bad = { { 0 }, { (byte) 0xff }, { (byte) 0xc0, (byte) 0x80 }, { (byte) 0xed, (byte) 0xa0, (byte) 0x80 },
							{ (byte) 0xef, (byte) 0xbb, (byte) 0xbf }, { (byte) 0xe2, (byte) 0x82 } };
					body = insert(body, random.nextInt(body.length + 1), bad[random.nextInt(bad.length)]);
					done.add("bytes");
				}
				case 14 -> { // a length that lies, fixed once the body is final: shorter, or longer and the body ends
					lengthLies = random.nextBoolean() ? -1 : 1;
					done.add(lengthLies < 0 ? "content length shorter" : "content length longer");
				}
				default -> { // an upload gone wrong
					String[] names = { "a\u0000.pdf", "a\r\nX: y.pdf", "../../etc/passwd", "", "ә.pdf", "\"" };
					body = switch (random.nextInt(5)) {
						case 0 -> multipart(boundary, pick(List.of(names), random), body);
						case 1 -> Arrays.copyOf(multipart(boundary, "a.pdf", body), 40 + random.nextInt(200));
						case 2 -> ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + boundary
								+ "--\r\n").getBytes(StandardCharsets.UTF_8);
						case 3 -> ("--" + boundary + "\r\n" + "X-Head: " + "h".repeat(20_000) + "\r\n\r\n--" + boundary + "--")
							.getBytes(StandardCharsets.UTF_8);
						default -> multipart("other", "a.pdf", body);
					};
					contentType = random.nextBoolean() ? "multipart/form-data; boundary=" + boundary : "multipart/form-data";
					done.add("upload");
				}
			}
		}
		Integer declaredLength = null;
		if (body != null && lengthLies < 0) {
			declaredLength = random.nextInt(body.length + 1);
		}
		else if (body != null && lengthLies > 0) {
			declaredLength = body.length + 1 + random.nextInt(1000);
			cutShort = true;
		}
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
				+ (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
				+ (body == null ? "" : "Content-Length: " + (declaredLength == null ? body.length : declaredLength) + "\r\n")
				+ String.join("", extraHeaders.stream().map(h -> h + "\r\n").toList()) + "\r\n";
		// ISO-8859-1 puts each char below 256 on the wire as one byte, which is how raw bytes get into a request line
		request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
		if (body != null) {
			request.writeBytes(body);
		}
		String who = authorization == null ? "anonymous" : authorization.equals(TOKEN) ? "clerk token"
				: authorization.equals(DIRECTOR) ? "director" : "bad credentials";
		return new Mutant(pathOf(target), method, request.toByteArray(), cutShort, oddRequestLine(method, target),
				endpoint.method() + " " + endpoint.target() + " (" + who + ") with " + done + ": "
						+ abbreviated(head.replace("\r\n", " ⏎ ")));
	}

	private static String pathOf(String target) {
		int query = target.indexOf('?');
		return query < 0 ? target : target.substring(0, query);
	}

	private static String withQueryValue(String target, String value, SplittableRandom random) {
		int query = target.indexOf('?');
		if (query < 0) {
			return target + "?year=" + value;
		}
		String[] pairs = target.substring(query + 1).split("&", -1);
		int at = random.nextInt(pairs.length);
		int equals = pairs[at].indexOf('=');
		pairs[at] = (equals < 0 ? pairs[at] : pairs[at].substring(0, equals)) + "=" + value;
		return target.substring(0, query + 1) + String.join("&", pairs);
	}

	/** One JSON scalar (a string, number or literal after a colon) replaced by {@code value}. */
	private static String replaceValue(String json, String value, SplittableRandom random) {
		List<int[]> scalars = new ArrayList<>();
		Matcher found = SCALAR.matcher(json);
		while (found.find()) {
			scalars.add(new int[] { found.start(1), found.end(1) });
		}
		if (scalars.isEmpty()) {
			return value;
		}
		int[] chosen = scalars.get(random.nextInt(scalars.size()));
		return json.substring(0, chosen[0]) + value + json.substring(chosen[1]);
	}

	private static byte[] multipart(String boundary, String filename, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static byte[] insert(byte[] body, int at, byte[] bytes) {
		byte[] result = new byte[body.length + bytes.length];
		System.arraycopy(body, 0, result, 0, at);
		System.arraycopy(bytes, 0, result, at, bytes.length);
		System.arraycopy(body, at, result, at + bytes.length, body.length - at);
		return result;
	}

	private static <T> T pick(List<T> choices, SplittableRandom random) {
		return choices.get(random.nextInt(choices.size()));
	}
}
