package kz.qujat.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kz.qujat.rendering.internal.ReceiptFixture;
import kz.qujat.rendering.internal.ReceiptRenderBenchmark;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * The benchmark of the README: render-only receipts (JMH, 1 and 2 threads, and the bytes allocated per receipt),
 * the same receipt printed by a warm headless Chromium in the same run, end-to-end issuing over HTTP with an API
 * token against the packaged jar on its defaults with the default heap, 512 MB and 256 MB (4 clients, the
 * benchmark's own client and wrk in turn; 1 and 16 clients), verification JSON, the public report and a journal
 * of a year of 2,000 documents, and the receipt's size. Prints a Markdown table.
 */
public final class Benchmark {

	static final String TOKEN = "demo-token";

	/** A large school's year: the journal and the public report are timed on this many receipts. */
	static final int YEAR_OF_DOCUMENTS = 2000;

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		Duration measure = Duration.ofSeconds(args.length > 0 ? Integer.parseInt(args[0]) : 15);
		// a smaller history only to try the benchmark itself out quickly; the README's figures use the default
		int history = args.length > 1 ? Integer.parseInt(args[1]) : YEAR_OF_DOCUMENTS;
		Duration warm = Duration.ofSeconds(Math.min(10, measure.toSeconds()));
		Map<String, String> rows = new LinkedHashMap<>();
		String receiptJson = ReceiptFixture.receiptRequest();

		Map<Integer, Render> render = new LinkedHashMap<>();
		for (int threads : new int[] { 1, 2 }) {
			render.put(threads, renderOnly(threads, measure));
			rows.put("render-only receipts, " + threads + " thread" + (threads == 1 ? "" : "s"), render.get(threads).describe());
		}
		rows.put("allocated per rendered receipt (JMH gc.alloc.rate.norm, 1 thread)",
				String.format(Locale.ROOT, "%.2f MB", render.get(1).allocatedBytes() / 1e6));
		Double chromium = chromium(measure);
		rows.put("Chromium (warm, 2 tabs), same receipt", chromium == null ? "not run (see the log above)"
				: String.format(Locale.ROOT, "%.1f PDFs/s", chromium));
		if (chromium != null) {
			rows.put("**render-only 2 threads ÷ Chromium**", String.format(Locale.ROOT, "**%.1f×**", render.get(2).perSecond() / chromium));
		}

		boolean wrk = Wrk.installed();
		if (!wrk) {
			System.out.println("no wrk on the PATH (apt-get install wrk): the outside figures are not measured");
		}
		Map<String, Double> endToEnd = new LinkedHashMap<>();
		for (String heap : new String[] { null, "512m", "256m" }) {
			String named = heap == null ? "default heap" : "-Xmx" + heap;
			try (ServerProcess server = ServerProcess.start(heap)) {
				// a large school's year of history before anything is measured, the same in every heap
				issue(server, history, 4, n -> receiptJson);
				if (heap == null) {
					int year = ZonedDateTime.now(ZoneId.of("Asia/Almaty")).getYear();
					rows.put(String.format(Locale.ROOT, "public report of a year of %,d documents", history), seconds(server, "/api/v1/reports/public.pdf?year=" + year));
					rows.put(String.format(Locale.ROOT, "journal of a year of %,d documents (PDF)", history),
							seconds(server, "/api/v1/reports/journal.pdf?service=teacher-attestation&year=" + year));
				}
				LoadClient.run(4, warm, () -> issueRequest(server, receiptJson), 201);
				// the benchmark's client and wrk take turns against the same server, twice each
				List<LoadClient.Result> own = new ArrayList<>();
				List<LoadClient.Result> outside = new ArrayList<>();
				for (int turn = 0; turn < 2; turn++) {
					own.add(LoadClient.run(4, measure, () -> issueRequest(server, receiptJson), 201));
					if (wrk) {
						outside.add(Wrk.run(4, measure, server.uri("/api/v1/documents"), "POST", ISSUE_HEADERS, receiptJson));
					}
				}
				rows.put("end-to-end POST /api/v1/documents, 4 clients, " + named + ", the benchmark's client",
						own.stream().map(result -> describe(result, "documents")).collect(Collectors.joining("; ")));
				if (wrk) {
					rows.put("end-to-end, 4 connections, " + named + ", wrk in turn with the above",
							outside.stream().map(Wrk::describe).collect(Collectors.joining("; ")));
				}
				List<LoadClient.Result> all = new ArrayList<>(own);
				all.addAll(outside);
				endToEnd.put(named, all.stream().mapToDouble(LoadClient.Result::perSecond).average().orElseThrow());
				if (heap == null) {
					for (int clients : new int[] { 1, 16 }) {
						LoadClient.Result result = LoadClient.run(clients, measure, () -> issueRequest(server, receiptJson), 201);
						rows.put("end-to-end, " + clients + " client" + (clients == 1 ? "" : "s") + ", default heap", describe(result, "documents"));
					}
					String code = lastCode(server, receiptJson);
					// a cheap request is compiled late on two cores: after 10 s it answered a fifth of what it does after a minute
					Duration compiled = Duration.ofSeconds(Math.min(60, 4 * measure.toSeconds()));
					LoadClient.run(8, compiled, () -> LoadClient.request(server.uri("/api/v1/verify/" + code)).build(), 200);
					rows.put("GET /api/v1/verify/{code}, 8 clients", describe(
							LoadClient.run(8, measure, () -> LoadClient.request(server.uri("/api/v1/verify/" + code)).build(), 200), "requests"));
					rows.put("signed receipt PDF size", receiptSize(server, receiptJson) + " bytes");
				}
			}
		}
		endToEnd.forEach((heap, rate) -> rows.put("end-to-end, 4 clients, " + heap + ", mean of the four runs",
				String.format(Locale.ROOT, "%.1f documents/s", rate)));
		rows.put("-Xmx256m against -Xmx512m", String.format(Locale.ROOT, "%.0f %%", 100 * endToEnd.get("-Xmx256m") / endToEnd.get("-Xmx512m")));
		if (chromium != null) {
			rows.put("**end-to-end at -Xmx512m ÷ Chromium**", String.format(Locale.ROOT, "**%.1f×**", endToEnd.get("-Xmx512m") / chromium));
		}

		System.out.println();
		System.out.printf("Benchmark, %s, %d cores, Java %s, %s %s; %d s a measurement%n%n", LocalDate.now(),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("os.name"),
				System.getProperty("os.arch"), measure.toSeconds());
		System.out.println("| what | result |");
		System.out.println("|---|---|");
		rows.forEach((what, result) -> System.out.println("| " + what + " | " + result + " |"));
	}

	private static Render renderOnly(int threads, Duration measure) throws Exception {
		RunResult result = new Runner(new OptionsBuilder().include(ReceiptRenderBenchmark.class.getName())
			.threads(threads).forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(3)).measurementIterations(1)
			.measurementTime(TimeValue.seconds(measure.toSeconds())).shouldDoGC(false).addProfiler(GCProfiler.class)
			.build()).runSingle();
		Statistics statistics = result.getPrimaryResult().getStatistics();
		double meanMillis = statistics.getMean();
		double allocated = result.getSecondaryResults().get("gc.alloc.rate.norm").getScore();
		return new Render(threads * 1000 / meanMillis, statistics.getPercentile(50), statistics.getPercentile(99), allocated);
	}

	/** Prints the receipt's page with a warm Chromium ({@code ../shared/bench/chromium-pdf-bench}); its PDFs a second. */
	private static Double chromium(Duration measure) throws Exception {
		Path script = Path.of("../shared/bench/chromium-pdf-bench");
		if (!Files.isExecutable(script)) {
			System.out.println("no " + script.toAbsolutePath() + ": Chromium not measured");
			return null;
		}
		Path pages = Files.createTempDirectory("qujat-chromium-");
		try (ReceiptFixture fixture = new ReceiptFixture()) {
			fixture.writeChromiumPage(pages);
		}
		Process process = new ProcessBuilder(script.toString(), pages.toString(), String.valueOf(measure.toSeconds()), "2")
			.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(10, TimeUnit.MINUTES);
		System.out.println(output.strip());
		Matcher rate = Pattern.compile("pdfs_per_s=([0-9.]+)").matcher(output);
		return rate.find() ? Double.parseDouble(rate.group(1)) : null;
	}

	/** What an integration sends with every issuing request, the benchmark's client and wrk alike. */
	private static final Map<String, String> ISSUE_HEADERS = Map.of("Authorization", "Bearer " + TOKEN, "Content-Type",
			"application/json");

	private static HttpRequest issueRequest(ServerProcess server, String json) {
		HttpRequest.Builder request = LoadClient.request(server.uri("/api/v1/documents"));
		ISSUE_HEADERS.forEach(request::header);
		return request.POST(HttpRequest.BodyPublishers.ofString(json)).build();
	}

	/**
	 * Issues {@code count} receipts from {@code clients} clients, the n-th with the body {@code receipt} gives for n;
	 * every one must be answered 201. None is retried, so the numbers stay gapless, and a busy machine gets minutes.
	 */
	static void issue(ServerProcess server, int count, int clients, IntFunction<String> receipt) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		List<Thread> threads = new ArrayList<>();
		AtomicInteger next = new AtomicInteger();
		for (int i = 0; i < clients; i++) {
			Thread thread = new Thread(() -> {
				for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
					try {
						HttpRequest request = HttpRequest.newBuilder(issueRequest(server, receipt.apply(n)), (name, value) -> true)
							.timeout(Duration.ofMinutes(5)).build();
						HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
						if (answer.statusCode() != 201) {
							throw new IllegalStateException(answer.body());
						}
					}
					catch (IOException | InterruptedException e) {
						throw new IllegalStateException(e);
					}
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
	}

	private static String seconds(ServerProcess server, String path) throws Exception {
		long start = System.nanoTime();
		HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(LoadClient.request(server.uri(path))
			.header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());
		double seconds = (System.nanoTime() - start) / 1e9;
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(path + ": " + answer.statusCode());
		}
		return String.format("%.2f s (%d bytes)", seconds, answer.body().length);
	}

	private static String lastCode(ServerProcess server, String json) throws Exception {
		String body = HttpClient.newHttpClient().send(issueRequest(server, json), HttpResponse.BodyHandlers.ofString()).body();
		Matcher code = Pattern.compile("\"verificationCode\":\"([0-9A-Z]+)\"").matcher(body);
		if (!code.find()) {
			throw new IllegalStateException(body);
		}
		return code.group(1);
	}

	private static int receiptSize(ServerProcess server, String json) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String body = http.send(issueRequest(server, json), HttpResponse.BodyHandlers.ofString()).body();
		Matcher pdf = Pattern.compile("\"pdfUrl\":\"([^\"]+)\"").matcher(body);
		if (!pdf.find()) {
			throw new IllegalStateException(body);
		}
		return http.send(LoadClient.request(server.uri(pdf.group(1))).header("Authorization", "Bearer " + TOKEN).build(),
				HttpResponse.BodyHandlers.ofByteArray()).body().length;
	}

	private static String describe(LoadClient.Result result, String what) {
		return String.format(Locale.ROOT, "%.1f %s/s, p50 %.1f ms, p99 %.1f ms%s", result.perSecond(), what, result.p50Millis(),
				result.p99Millis(), result.failed() == 0 ? "" : " (" + result.failed() + " failed)");
	}

	/** Render-only figures of one thread count. */
	record Render(double perSecond, double p50Millis, double p99Millis, double allocatedBytes) {

		String describe() {
			return String.format(Locale.ROOT, "%.1f receipts/s, p50 %.1f ms, p99 %.1f ms", perSecond, p50Millis, p99Millis);
		}
	}
}
