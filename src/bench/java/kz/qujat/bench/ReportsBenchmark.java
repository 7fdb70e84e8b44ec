package kz.qujat.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qujat.registry.VerificationCode;
import kz.qujat.system.Sha256;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The large-year reports: a service's registration journal as PDF and as CSV, and the public report, over a year
 * of N documents of one service, each timed against the service in a JVM of its own with a 256 MB heap, with the
 * peak heap its GC log shows while the request ran. The year is seeded honestly but quickly: a few hundred real
 * receipts issued over HTTP (varied applicants and document lists), then their journal rows copied in the same
 * schema, with the following numbers, later times and codes of their own, while the service is stopped. The
 * copies have no stored PDF: no report reads one. Prints a Markdown table.
 *
 * <p>Arguments: the sizes (default {@code 2000,5000,10000,20000}), the heap (default {@code 256m}), the number of
 * real receipts (default 300), how often to sample the live heap with a full GC, in ms (default 2000; 0: never).
 */
public final class ReportsBenchmark {

	private static final String SERVICE = "teacher-attestation";
	private static final Pattern GC = Pattern.compile("GC\\(\\d+\\) (Pause .*?) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

	/** How often the live heap is sampled with a full GC while a request runs, in milliseconds; 0: never. */
	private static int sampling;

	private ReportsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = java.util.Arrays.stream((args.length > 0 ? args[0] : "2000,5000,10000,20000").split(","))
			.mapToInt(Integer::parseInt).toArray();
		String heap = args.length > 1 ? args[1] : "256m";
		int real = args.length > 2 ? Integer.parseInt(args[2]) : 300;
		sampling = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
		Path data = Files.createTempDirectory("qujat-reports-bench-");
		int year = ZonedDateTime.now(ZoneId.of("Asia/Almaty")).getYear();
		List<String> table = new ArrayList<>();

		long seeding = System.nanoTime();
		try (ServerProcess server = ServerProcess.start(null, data, List.of())) {
			// each with an applicant of its own (invented names, the valid test IINs) and a different choice of the
			// documents handed in, some with a note
			Benchmark.issue(server, real, 4, ReportsBenchmark::receipt);
		}
		System.out.printf("%d real receipts issued in %.0f s%n", real, (System.nanoTime() - seeding) / 1e9);

		for (int size : sizes) {
			long copying = System.nanoTime();
			grow(data, year, real, size);
			System.out.printf("journal of %d rows in %.1f s%n", size, (System.nanoTime() - copying) / 1e9);
			Path gcLog = data.resolve("gc-" + size + ".log");
			try (ServerProcess server = ServerProcess.start(heap, data,
					// on a shared machine a big journal may take longer than the 2 minutes after which a pending number is
					// voided as abandoned; that would measure the sweep, not the report
					List.of("-Xlog:gc:file=" + gcLog + ":uptime", "-Dqujat.registry.abandon-after=30m",
							"-XX:+HeapDumpOnOutOfMemoryError",
							"-XX:HeapDumpPath=" + data.resolve("oom-" + size + ".hprof")))) {
				for (String[] report : new String[][] {
						{ "journal PDF", "/api/v1/reports/journal.pdf?service=" + SERVICE + "&year=" + year },
						{ "journal CSV", "/api/v1/reports/journal.csv?service=" + SERVICE + "&year=" + year },
						{ "public report", "/api/v1/reports/public.pdf?year=" + year } }) {
					table.add(measure(server, gcLog, size, report[0], report[1]));
					System.out.println(table.get(table.size() - 1));
				}
			}
		}

		System.out.println();
		System.out.printf("Reports benchmark, %s, %d cores, Java %s, -Xmx%s, G1; %d real receipts copied up to N%n%n",
				LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), heap, real);
		System.out.println("| N | report | completed | time | bytes | live heap, sampled | peak after GC | peak before GC | GCs (full) |");
		System.out.println("|---:|---|---|---:|---:|---:|---:|---:|---:|");
		table.forEach(System.out::println);
		System.out.println();
		System.out.println("Live heap, sampled: the most the heap held after a full GC forced (jcmd GC.run) every "
				+ sampling + " ms while the request ran, i.e. what it kept alive at once; the time includes those GCs. "
				+ "Peak after GC: the most after any collection (G1 leaves old garbage until its mixed collections, so "
				+ "this follows G1's thresholds as much as the request); before GC: the most when a collection began. "
				+ "A full GC ran just before each request. Data and GC logs: " + data);
	}

	/** One request, timed, with what the GC log said while it ran. */
	private static String measure(ServerProcess server, Path gcLog, int size, String what, String path) throws Exception {
		jcmd(server, "GC.run");
		int from = lines(gcLog).size();
		int logFrom = Files.readString(server.log()).length();
		long start = System.nanoTime();
		Thread sampler = new Thread(() -> {
			try {
				while (sampling > 0) {
					Thread.sleep(sampling);
					jcmd(server, "GC.run");
				}
			}
			catch (InterruptedException | IOException done) {
				// the request was answered
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		String completed;
		long bytes = 0;
		try {
			HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri(path))
				.timeout(Duration.ofMinutes(15)).header("Authorization", "Bearer " + Benchmark.TOKEN).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			bytes = answer.body().length;
			completed = answer.statusCode() == 200 ? "yes" : "no: HTTP " + answer.statusCode();
		}
		catch (IOException e) {
			completed = "no: " + e;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		sampler.interrupt();
		sampler.join();
		if (!server.alive()) {
			completed = "no: the service died";
		}
		if (Files.readString(server.log()).substring(logFrom).contains("OutOfMemoryError")) {
			completed += " (OutOfMemoryError in the log)";
		}
		List<String> during = lines(gcLog);
		during = during.subList(Math.min(from, during.size()), during.size());
		long live = -1;
		long after = -1;
		long before = -1;
		int collections = 0;
		int full = 0;
		for (String line : during) {
			Matcher gc = GC.matcher(line);
			if (gc.find()) {
				collections++;
				full += gc.group(1).startsWith("Pause Full") ? 1 : 0;
				if (gc.group(1).startsWith("Pause Full (Diagnostic Command)")) {
					live = Math.max(live, megabytes(gc.group(4), gc.group(5)));
				}
				before = Math.max(before, megabytes(gc.group(2), gc.group(3)));
				after = Math.max(after, megabytes(gc.group(4), gc.group(5)));
			}
		}
		return String.format("| %,d | %s | %s | %.2f s | %,d | %s | %s | %s | %d (%d) |", size, what, completed, seconds,
				bytes, live < 0 ? "no sample" : live + " MB", after < 0 ? "no GC" : after + " MB",
				before < 0 ? "no GC" : before + " MB", collections, full);
	}

	private static long megabytes(String amount, String unit) {
		long value = Long.parseLong(amount);
		return switch (unit) {
			case "K" -> value / 1024;
			case "G" -> value * 1024;
			default -> value;
		};
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
	}

	private static void jcmd(ServerProcess server, String command) throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				String.valueOf(server.pid()), command).redirectErrorStream(true).start();
		jcmd.getInputStream().readAllBytes();
		jcmd.waitFor();
	}

	private static final String[] SURNAMES = { "Жұмабекова", "Сейітқали", "Әбдірахманова", "Нұрланов", "Қасымова",
			"Төлеуов", "Ермекова", "Бекмұхамбетов", "Оспанова", "Ғабитов", "Иванова", "Ким" };
	private static final String[] GIVEN = { "Әсел Қуанышқызы", "Ержан Болатұлы", "Гүлнар Серікқызы", "Дәурен Асқарұлы",
			"Мөлдір Ғаниқызы", "Айбек Нұржанұлы", "Ольга Петровна", "Сәуле Маратқызы", "Тимур Ерланович" };
	private static final String[] IINS = { "871008401427", "760212350620", "800416300257", "680503450037" };
	private static final String[] DOCUMENTS = { "education-diploma", "retraining-certificate", "employment-record",
			"professional-development-certificate", "category-certificate", "professional-achievements",
			"student-achievements", "essay" };

	private static String receipt(int n) {
		Random random = new Random(n);
		ObjectNode receipt = (ObjectNode) JsonMapper.shared()
			.readTree(Path.of("src/test/resources/requests/teacher-attestation/receipt.json").toFile());
		receipt.remove("receivedAt");
		ObjectNode applicant = (ObjectNode) receipt.get("applicant");
		applicant.put("fullName", SURNAMES[random.nextInt(SURNAMES.length)] + " " + GIVEN[random.nextInt(GIVEN.length)]);
		applicant.put("iin", IINS[random.nextInt(IINS.length)]);
		ArrayNode documents = receipt.putArray("documents");
		documents.addObject().put("code", "application").put("sheets", 1).put("original", true);
		for (String code : DOCUMENTS) {
			if (random.nextInt(3) > 0) {
				ObjectNode document = documents.addObject().put("code", code).put("sheets", 1 + random.nextInt(4))
					.put("original", random.nextBoolean());
				if (random.nextInt(6) == 0) {
					document.put("note", "нотариалды куәландырылған көшірме / нотариально заверенная копия");
				}
			}
		}
		return receipt.toString();
	}

	/**
	 * Copies the real receipts' journal rows until the service's journal of the year has {@code size} numbers: copy
	 * {@code k} of row {@code s} takes number {@code s + k·real}, a time later by {@code k} times the real rows'
	 * span, a verification code and PDF hash of its own; the counter then says {@code size}, so the next number
	 * issued follows without a gap.
	 */
	private static void grow(Path data, int year, int real, int size) throws SQLException {
		try (Connection db = DriverManager.getConnection(ServerProcess.databaseUrl(data), "sa", "")) {
			db.setAutoCommit(false);
			int have;
			try (Statement count = db.createStatement();
					ResultSet rs = count.executeQuery("select count(*) from issued_document where journal = '" + SERVICE
							+ "' and reg_year = " + year)) {
				rs.next();
				have = rs.getInt(1);
			}
			List<Object[]> originals = new ArrayList<>();
			long span;
			try (Statement select = db.createStatement();
					ResultSet rs = select.executeQuery("select id, reg_seq, reg_number, registered_at from issued_document where journal = '"
							+ SERVICE + "' and reg_year = " + year + " and reg_seq <= " + real + " order by reg_seq")) {
				while (rs.next()) {
					originals.add(new Object[] { rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getTimestamp(4) });
				}
			}
			if (originals.size() != real) {
				throw new IllegalStateException("expected " + real + " real receipts, found " + originals.size());
			}
			span = ((Timestamp) originals.get(real - 1)[3]).getTime() - ((Timestamp) originals.get(0)[3]).getTime() + 1000;
			String copy = """
					insert into issued_document (id, school_id, journal, service, series, reg_year, reg_seq, reg_number, kind,
					    channel, status, verification_code, applicant_name, applicant_iin, issued_by, received_at, accepted_at,
					    due_on, due_at, holiday_calendar, registered_at, issued_at, content, pdf_sha256, signed_by, signed_at,
					    signature_valid)
					select ?, school_id, journal, service, series, reg_year, ?, ?, kind, channel, status, ?, applicant_name,
					    applicant_iin, issued_by, dateadd(millisecond, ?, received_at), dateadd(millisecond, ?, accepted_at),
					    due_on, dateadd(millisecond, ?, due_at), holiday_calendar, dateadd(millisecond, ?, registered_at),
					    dateadd(millisecond, ?, issued_at), content, ?, signed_by, dateadd(millisecond, ?, signed_at),
					    signature_valid
					from issued_document where id = ?
					""";
			try (PreparedStatement insert = db.prepareStatement(copy)) {
				for (int seq = have + 1; seq <= size; seq++) {
					Object[] original = originals.get((seq - 1) % real);
					long shift = (long) ((seq - 1) / real) * span;
					String number = (String) original[2];
					UUID id = UUID.randomUUID();
					insert.setObject(1, id);
					insert.setInt(2, seq);
					insert.setString(3, number.substring(0, number.lastIndexOf('-') + 1) + "%04d".formatted(seq));
					insert.setString(4, VerificationCode.random().value());
					for (int i = 5; i <= 9; i++) {
						insert.setLong(i, shift);
					}
					insert.setString(10, Sha256.hex(id.toString()));
					insert.setLong(11, shift);
					insert.setObject(12, original[0]);
					insert.addBatch();
					if (seq % 1000 == 0) {
						insert.executeBatch();
					}
				}
				insert.executeBatch();
			}
			try (PreparedStatement counter = db.prepareStatement(
					"update registration_counter set last_number = ? where journal = ? and reg_year = ?")) {
				counter.setInt(1, Math.max(size, have));
				counter.setString(2, SERVICE);
				counter.setInt(3, year);
				counter.executeUpdate();
			}
			db.commit();
		}
	}
}
