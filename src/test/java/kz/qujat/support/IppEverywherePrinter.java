package kz.qujat.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CUPS's IPP Everywhere printer emulator, {@code ippeveprinter}, on a free port: it takes PDF on A4 and A3, keeps
 * every file it receives in its spool folder, and beside each one the job's attributes as its command saw them
 * ({@code IPP_COPIES}, {@code IPP_MEDIA}, {@code IPP_SIDES}, …). Stopped and started again on the same port, it
 * plays a printer switched off and on. A machine without it fails the test: {@code .ci/run} installs it.
 */
public final class IppEverywherePrinter implements AutoCloseable {

	private static final String ATTRIBUTES = """
			ATTR mimeMediaType document-format-supported application/pdf
			ATTR mimeMediaType document-format-default application/pdf
			ATTR keyword media-supported iso_a4_210x297mm,iso_a3_297x420mm
			ATTR keyword media-default iso_a4_210x297mm
			ATTR keyword media-ready iso_a4_210x297mm,iso_a3_297x420mm
			ATTR keyword sides-supported one-sided,two-sided-long-edge,two-sided-short-edge
			ATTR keyword sides-default one-sided
			""";

	/** Completes each job at once (the emulator's own simulation takes 5 to 15 seconds) and writes its attributes. */
	private static final String COMMAND = """
			#!/bin/sh
			env | grep '^IPP_' > "$1.env"
			""";

	private final Path folder;
	private final Path spool;
	private final int port;
	private final String name;
	private Process process;

	private IppEverywherePrinter(Path folder, int port, String name) {
		this.folder = folder;
		this.name = name;
		this.spool = folder.resolve("spool");
		this.port = port;
	}

	/** Starts a new emulator named {@code name} on a free port. */
	public static IppEverywherePrinter start(String name) {
		assertThat(Path.of("/usr/sbin/ippeveprinter")).as("ippeveprinter (Debian package cups-ipp-utils)").exists();
		try {
			Path folder = Files.createTempDirectory("ippeveprinter-");
			Files.createDirectories(folder.resolve("spool"));
			Files.writeString(folder.resolve("attributes.txt"), ATTRIBUTES);
			Path command = folder.resolve("record.sh");
			Files.writeString(command, COMMAND);
			Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwxr-xr-x"));
			IppEverywherePrinter printer = new IppEverywherePrinter(folder, freePort(), name);
			printer.start();
			return printer;
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** Switches the printer on (again): it answers on the same port with the same spool. */
	public void start() {
		startDaemons();
		try {
			process = new ProcessBuilder("/usr/sbin/ippeveprinter", "-k", "-d", spool.toString(), "-a",
					folder.resolve("attributes.txt").toString(), "-c", folder.resolve("record.sh").toString(), "-n",
					"localhost", "-p", String.valueOf(port), name)
				.redirectErrorStream(true).redirectOutput(folder.resolve("log.txt").toFile()).start();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		Instant deadline = Instant.now().plusSeconds(10);
		while (!answers()) {
			assertThat(process.isAlive()).as("ippeveprinter runs; its log: %s", log()).isTrue();
			assertThat(Instant.now()).as("ippeveprinter answers within 10 s").isBefore(deadline);
			pause(Duration.ofMillis(50));
		}
	}

	/**
	 * Switches the printer off: nothing answers on its port until {@link #start()}. A copy of the emulator it forked
	 * (seen once it had run jobs) keeps the listening socket and would go on answering: every process of this
	 * printer, found by its own spool folder, is ended.
	 */
	public void stop() {
		if (process == null) {
			return;
		}
		LocalDaemons.end(process);
		process = null;
		Instant deadline = Instant.now().plusSeconds(5);
		while (answers()) {
			ours().forEach(ProcessHandle::destroyForcibly);
			assertThat(Instant.now()).as("ippeveprinter on port %d stops answering", port).isBefore(deadline);
			pause(Duration.ofMillis(50));
		}
	}

	private Stream<ProcessHandle> ours() {
		String spoolArgument = spool.toString();
		return ProcessHandle.allProcesses().filter(handle -> handle.info().arguments()
			.map(arguments -> List.of(arguments).contains(spoolArgument)).orElse(false));
	}

	@Override
	public void close() {
		stop();
	}

	public String uri() {
		return "ipp://localhost:" + port + "/ipp/print";
	}

	public int port() {
		return port;
	}

	/** The files the printer received, oldest first. */
	public List<Path> received() {
		try (Stream<Path> files = Files.list(spool)) {
			return files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** The received file of the job named {@code jobName} (we name jobs by our job id), waiting up to 10 s for it. */
	public Path received(String jobName) {
		Instant deadline = Instant.now().plusSeconds(10);
		while (true) {
			List<Path> files = received().stream().filter(file -> file.getFileName().toString().contains(jobName))
				.toList();
			if (!files.isEmpty() && Files.exists(Path.of(files.get(0) + ".env"))) {
				return files.get(0);
			}
			assertThat(Instant.now()).as("the printer receives job %s; it has %s", jobName, received())
				.isBefore(deadline);
			pause(Duration.ofMillis(50));
		}
	}

	/** The job attributes the printer's command saw for a received file, e.g. {@code IPP_COPIES}. */
	public Map<String, String> attributes(Path received) {
		try {
			Map<String, String> attributes = new HashMap<>();
			for (String line : Files.readAllLines(Path.of(received + ".env"))) {
				int equals = line.indexOf('=');
				attributes.put(line.substring(0, equals), line.substring(equals + 1));
			}
			return attributes;
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private String log() {
		try {
			return Files.readString(folder.resolve("log.txt"));
		}
		catch (IOException failure) {
			return failure.toString();
		}
	}

	private boolean answers() {
		return LocalDaemons.answers(port);
	}

	/** Without systemd nothing starts a system D-Bus and Avahi, which ippeveprinter needs. */
	private static synchronized void startDaemons() {
		if (!running("dbus-daemon")) {
			run("mkdir", "-p", "/run/dbus");
			run("rm", "-f", "/run/dbus/pid");
			run("dbus-daemon", "--system", "--fork");
		}
		if (!running("avahi-daemon")) {
			run("avahi-daemon", "-D");
		}
	}

	private static boolean running(String command) {
		return ProcessHandle.allProcesses()
			.anyMatch(process -> process.info().command().map(path -> path.endsWith("/" + command)).orElse(false));
	}

	private static void run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			assertThat(process.waitFor()).as("%s", String.join(" ", command)).isZero();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void pause(Duration duration) {
		LocalDaemons.pause(duration);
	}
}
