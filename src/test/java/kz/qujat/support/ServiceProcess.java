package kz.qujat.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged service ({@code target/qujat-*.jar}, built by {@code mvn package}) as an operator runs it: a JVM of
 * its own, started from the project root or from a folder of the test's choosing, on a random port, its output in a
 * log file. It can be stopped as an operator stops it ({@link #terminate}, SIGTERM) or
 * as a crash does ({@link #kill}, SIGKILL).
 */
public final class ServiceProcess implements AutoCloseable {

	/** Far longer than a start takes alone: JVMs starting side by side on two busy cores take over a minute each. */
	private static final Duration STARTUP = Duration.ofMinutes(3);

	private final Process process;
	private final Path workingDirectory;
	private final int port;
	private final List<String> arguments;
	private final Path log;

	private ServiceProcess(Process process, Path workingDirectory, int port, List<String> arguments, Path log) {
		this.process = process;
		this.workingDirectory = workingDirectory;
		this.port = port;
		this.arguments = arguments;
		this.log = log;
	}

	/**
	 * Starts the jar with {@code arguments} (Spring Boot's {@code --name=value}) and waits until it is ready; its
	 * output goes to a new file under {@code target/service-logs}, kept for reading after a failure.
	 */
	public static ServiceProcess start(List<String> arguments) {
		return startIn(Path.of("").toAbsolutePath(), arguments);
	}

	/**
	 * Starts the jar as {@link #start} does, but from {@code workingDirectory}, as an operator does from wherever the
	 * jar was copied to: relative paths (the data folder {@code ./data}, override folders) resolve against it.
	 */
	public static ServiceProcess startIn(Path workingDirectory, List<String> arguments) {
		try {
			return start(workingDirectory, freePort(), arguments);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Starts the stopped (killed or terminated) service again from its folder, on its port, with its arguments, as a
	 * supervisor restarts it behind a load balancer that knows it by its address.
	 */
	public ServiceProcess startAgain() {
		if (process.isAlive()) {
			throw new IllegalStateException("the service on port " + port + " is still running");
		}
		return start(workingDirectory, port, arguments);
	}

	private static ServiceProcess start(Path workingDirectory, int port, List<String> arguments) {
		try {
			Path log = Files.createTempFile(Files.createDirectories(Path.of("target", "service-logs")), "service-", ".log")
				.toAbsolutePath();
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					// the client compiler only and one GC thread: the JVM starts in about half the time on a shared machine
					"-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", packagedJar().toString(), "--server.address=127.0.0.1", "--server.port=" + port,
					"--qujat.verification.public-base-url=http://localhost:" + port,
					"--qujat.security.public-requests-per-minute=1000000000"));
			command.addAll(arguments);
			Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
			ServiceProcess service = new ServiceProcess(process, workingDirectory, port, List.copyOf(arguments), log);
			service.awaitReady();
			return service;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The jar {@code mvn package} made; tests that need it run in the integration-test phase, after packaging. */
	static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("qujat-.*\\.jar")).findFirst()
				.map(Path::toAbsolutePath)
				.orElseThrow(() -> new IllegalStateException("no target/qujat-*.jar: run mvn verify, which packages it first"));
		}
	}

	public int port() {
		return port;
	}

	/** The clerk's client of the demo school, signed in with its API token as an integration is. */
	public Api clerk() {
		return new Api(port).bearer("demo-token");
	}

	/** SIGKILL, as a crash or the kernel's OOM killer stops it: no shutdown hook runs. */
	public void kill() {
		process.destroyForcibly();
		awaitExit();
	}

	/** SIGTERM, as an operator or an orchestrator stops it; returns once it has exited. */
	public int terminate() {
		process.destroy();
		return awaitExit();
	}

	public String log() {
		try {
			return Files.readString(log);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			kill();
		}
	}

	private int awaitExit() {
		try {
			if (!process.waitFor(1, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("the service did not stop within a minute; see " + log);
			}
			return process.exitValue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private void awaitReady() {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + STARTUP.toNanos();
		try {
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					throw new IllegalStateException("the service stopped while starting:\n" + log());
				}
				try {
					if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return;
					}
				}
				catch (IOException notListeningYet) {
					// still starting
				}
				Thread.sleep(200);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		close();
		throw new IllegalStateException("the service was not ready within " + STARTUP + ":\n" + log());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
