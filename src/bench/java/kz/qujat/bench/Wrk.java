package kz.qujat.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outside load tool beside the benchmark's own client: <a href="https://github.com/wg/wrk">wrk</a> (Debian's
 * {@code wrk}) sending the same request over the same number of kept-alive connections, so the two figures can be
 * compared against the same server in the same minute. Absent wrk, nothing is measured.
 */
final class Wrk {

	private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
	private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
	private static final Pattern NOT_OK = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
	private static final Pattern ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
	private static final Pattern COUNT = Pattern.compile("(\\d+) requests in");

	private Wrk() {
	}

	static boolean installed() {
		try {
			Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
			probe.getInputStream().readAllBytes();
			probe.waitFor(10, TimeUnit.SECONDS);
			return true;
		}
		catch (IOException | InterruptedException e) {
			return false;
		}
	}

	/** {@code connections} connections sending {@code method} with {@code headers} and {@code body} for {@code duration}. */
	static LoadClient.Result run(int connections, Duration duration, URI uri, String method, Map<String, String> headers,
			String body) throws IOException, InterruptedException {
		Path script = Files.createTempFile("qujat-wrk-", ".lua");
		StringBuilder lua = new StringBuilder("wrk.method = \"").append(method).append("\"\n");
		if (body != null) {
			lua.append("wrk.body = [==[").append(body).append("]==]\n");
		}
		headers.forEach((name, value) -> lua.append("wrk.headers[\"").append(name).append("\"] = \"").append(value).append("\"\n"));
		Files.writeString(script, lua, StandardCharsets.UTF_8);
		Process wrk = new ProcessBuilder("wrk", "-t" + Math.min(2, connections), "-c" + connections,
				"-d" + duration.toSeconds() + "s", "--timeout", "30s", "--latency", "-s", script.toString(), uri.toString())
			.redirectErrorStream(true).start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS);
		Files.delete(script);
		Matcher rate = RATE.matcher(output);
		Matcher count = COUNT.matcher(output);
		if (!rate.find() || !count.find()) {
			throw new IllegalStateException("wrk said:\n" + output);
		}
		double p50 = 0;
		double p99 = 0;
		for (Matcher percentile = PERCENTILE.matcher(output); percentile.find();) {
			double millis = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
				case "us" -> 0.001;
				case "s" -> 1000;
				default -> 1;
			};
			if (percentile.group(1).equals("50")) {
				p50 = millis;
			}
			else {
				p99 = millis;
			}
		}
		int failed = 0;
		Matcher notOk = NOT_OK.matcher(output);
		if (notOk.find()) {
			failed += Integer.parseInt(notOk.group(1));
		}
		Matcher errors = ERRORS.matcher(output);
		if (errors.find()) {
			for (int i = 1; i <= 4; i++) {
				failed += Integer.parseInt(errors.group(i));
			}
		}
		int requests = Integer.parseInt(count.group(1));
		return new LoadClient.Result(requests, requests / Double.parseDouble(rate.group(1)), p50, p99, failed);
	}

	static String describe(LoadClient.Result result) {
		return String.format(Locale.ROOT, "%.1f/s, p50 %.1f ms, p99 %.1f ms%s", result.perSecond(), result.p50Millis(),
				result.p99Millis(), result.failed() == 0 ? "" : " (" + result.failed() + " failed)");
	}
}
