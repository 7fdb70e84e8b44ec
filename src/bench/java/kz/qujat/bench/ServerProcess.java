package kz.qujat.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The service as an operator runs it: the packaged jar ({@code mvn package}) in a JVM of its own on its embedded
 * defaults (the H2 file database that writes each commit before answering, request logging) in a fresh data
 * folder, stopped when done. The same server the benchmark's own client and {@link Wrk} measure.
 */
final class ServerProcess implements AutoCloseable {

	private final Process process;
	private final int port;
	private final Path log;

	private ServerProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	static ServerProcess start(String heap) throws IOException, InterruptedException {
		return start(heap, Files.createTempDirectory("qujat-bench-"), List.of());
	}

	/**
	 * The service on the database (and signing keys) in {@code data}, kept when it stops so that another start
	 * finds them again, with {@code jvmFlags} besides the heap, e.g. a GC log.
	 */
	static ServerProcess start(String heap, Path data, List<String> jvmFlags) throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = data.resolve("server.log");
		for (int start = 2; Files.exists(log); start++) {
			log = data.resolve("server-" + start + ".log");
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		if (heap != null) {
			command.add("-Xmx" + heap);
		}
		command.addAll(jvmFlags);
		command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port, "--qujat.files.data=" + data,
				"--qujat.verification.public-base-url=http://localhost:" + port,
				"--qujat.security.public-requests-per-minute=1000000000"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		ServerProcess server = new ServerProcess(process, port, log);
		server.awaitHealthy();
		return server;
	}

	/** The jar {@code mvn package} made: the one an operator runs. */
	private static Path jar() throws IOException {
		try (Stream<Path> built = Files.list(Path.of("target"))) {
			return built.filter(file -> file.getFileName().toString().matches("qujat-.*\\.jar")).findFirst()
				.orElseThrow(() -> new IllegalStateException("no target/qujat-*.jar: run the benchmark with mvn -Pbench -DskipTests package exec:exec"));
		}
	}

	/**
	 * The JDBC URL of the H2 file database the service keeps in {@code data} on its defaults, for whoever opens it
	 * while the service is stopped.
	 */
	static String databaseUrl(Path data) {
		return "jdbc:h2:file:" + data.resolve("qujat") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
	}

	long pid() {
		return process.toHandle().pid();
	}

	Path log() {
		return log;
	}

	boolean alive() {
		return process.isAlive();
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private void awaitHealthy() throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the service stopped; see " + log + ":\n" + Files.readString(log));
			}
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the service did not start in two minutes; see " + log);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		process.waitFor();
	}
}
