package kz.qujat.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real CUPS spooler with one queue, {@code PDF}, whose backend is cups-pdf: it takes jobs over IPP at
 * {@link #uri()}, runs them through CUPS's filters and has Ghostscript write each one as a new PDF. The test owns the
 * {@code cupsd}: it runs in the foreground as a child process, on a free port, with its configuration, spool, cache,
 * state and logs in {@code target/cupsd/}, so it never meets a system cupsd and needs no systemd. A machine without
 * CUPS and cups-pdf fails the test: {@code .ci/run} installs them.
 * <p>
 * cups-pdf reads only {@code /etc/cups/cups-pdf.conf}, which this leaves as Debian installs it. It writes a job of a
 * user it does not know as a local account (the service prints as {@code qujat}) to its {@code AnonDirName}, as
 * {@code nobody}, naming the file after the job's name. Its backend is root's with mode 0700, and cupsd runs such a
 * backend as root only when cupsd itself is root: the tests must run as root, as they do in CI.
 */
public final class CupsSpooler implements AutoCloseable {

	private static final Path CUPSD = Path.of("/usr/sbin/cupsd");
	private static final Path LPADMIN = Path.of("/usr/sbin/lpadmin");
	private static final Path CUPS_PDF = Path.of("/usr/lib/cups/backend/cups-pdf");
	private static final Path CUPS_PDF_CONF = Path.of("/etc/cups/cups-pdf.conf");
	private static final Path ANONYMOUS = Path.of("/var/spool/cups-pdf/ANONYMOUS");
	private static final String PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd";

	/**
	 * Anyone on this machine may do anything, adding the queue too, without a password: cupsd listens only on
	 * localhost, and on no socket file, so that the system's clients never find it.
	 */
	private static final String CUPSD_CONF = """
			LogLevel debug
			Listen localhost:%d
			Browsing No
			WebInterface No
			DefaultAuthType None
			<Location />
			  Order allow,deny
			  Allow localhost
			</Location>
			<Policy default>
			  JobPrivateAccess all
			  JobPrivateValues none
			  SubscriptionPrivateAccess all
			  SubscriptionPrivateValues none
			  <Limit All>
			    Order deny,allow
			  </Limit>
			</Policy>
			""";

	private static final String CUPS_FILES_CONF = """
			ServerRoot %1$s/conf
			RequestRoot %1$s/spool
			TempDir %1$s/spool/tmp
			CacheDir %1$s/cache
			StateDir %1$s/state
			ErrorLog %1$s/log/error_log
			AccessLog %1$s/log/access_log
			PageLog %1$s/log/page_log
			""";

	private final Path folder;
	private final int port;
	private final Path output;
	private Process process;

	private CupsSpooler(Path folder, int port, Path output) {
		this.folder = folder;
		this.port = port;
		this.output = output;
	}

	/** Starts a new cupsd on a free port and adds the queue {@code PDF} to it. */
	public static CupsSpooler start() {
		for (Path installed : List.of(CUPSD, LPADMIN)) {
			assertThat(installed).as("%s (Debian package cups)", installed).exists();
		}
		assertThat(CUPS_PDF).as("cups-pdf's backend (Debian package printer-driver-cups-pdf)").exists();
		assertThat(System.getProperty("user.name")).as("the user running the tests: cupsd runs cups-pdf only as root")
			.isEqualTo("root");
		try {
			Path folder = Path.of("target", "cupsd").toAbsolutePath();
			delete(folder);
			for (String directory : List.of("conf", "spool/tmp", "cache", "state", "log")) {
				Files.createDirectories(folder.resolve(directory));
			}
			int port = freePort();
			Files.writeString(folder.resolve("conf/cupsd.conf"), CUPSD_CONF.formatted(port));
			Files.writeString(folder.resolve("conf/cups-files.conf"), CUPS_FILES_CONF.formatted(folder));
			CupsSpooler spooler = new CupsSpooler(folder, port, anonymousOutput());
			boolean ready = false;
			try {
				spooler.startDaemon();
				spooler.addQueue();
				ready = true;
				return spooler;
			}
			finally {
				if (!ready) {
					spooler.stopDaemon();
				}
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private void startDaemon() throws IOException {
		process = new ProcessBuilder(CUPSD.toString(), "-f", "-c", folder.resolve("conf/cupsd.conf").toString(), "-s",
				folder.resolve("conf/cups-files.conf").toString())
			.redirectErrorStream(true).redirectOutput(folder.resolve("log/cupsd.out").toFile()).start();
		Instant deadline = Instant.now().plusSeconds(10);
		while (!answers()) {
			assertThat(process.isAlive()).as(() -> "cupsd runs; its log: " + log()).isTrue();
			assertThat(Instant.now()).as(() -> "cupsd answers within 10 s; its log: " + log()).isBefore(deadline);
			pause(Duration.ofMillis(50));
		}
	}

	/**
	 * cups-pdf takes PostScript, so CUPS turns the PDF into PostScript first. Its default way, Ghostscript, draws the
	 * fonts as Type 3 glyphs that no longer say which letters they are, and neither a reader nor a search finds the
	 * text in the PDF cups-pdf writes. With Cairo's way the letters survive: the fonts of that PDF map back to them.
	 */
	private void addQueue() throws IOException {
		Process lpadmin = new ProcessBuilder(LPADMIN.toString(), "-h", "localhost:" + port, "-p", "PDF", "-E", "-v",
				"cups-pdf:/", "-m", PPD, "-o", "pdftops-renderer-default=pdftocairo").redirectErrorStream(true).start();
		String said = new String(lpadmin.getInputStream().readAllBytes());
		try {
			assertThat(lpadmin.waitFor()).as("lpadmin adds the queue PDF: %s; cupsd's log: %s", said, log()).isZero();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** The queue's IPP address. */
	public String uri() {
		return "ipp://localhost:" + port + "/printers/PDF";
	}

	/**
	 * The PDF cups-pdf wrote for the job named {@code jobName} (we name jobs by our job id), waiting up to 10 s for
	 * it. Ask once CUPS has said the job completed: cups-pdf has finished the file by then.
	 */
	public Path printed(String jobName) {
		Instant deadline = Instant.now().plusSeconds(10);
		while (true) {
			Optional<Path> printed = outputs().filter(file -> file.getFileName().toString().startsWith(jobName))
				.findFirst();
			if (printed.isPresent()) {
				return printed.get();
			}
			assertThat(Instant.now())
				.as(() -> "cups-pdf writes job " + jobName + " to " + output + "; cupsd's log: " + log())
				.isBefore(deadline);
			pause(Duration.ofMillis(100));
		}
	}

	private Stream<Path> outputs() {
		if (!Files.isDirectory(output)) {
			return Stream.empty();
		}
		try (Stream<Path> files = Files.list(output)) {
			return files.filter(file -> file.toString().endsWith(".pdf")).toList().stream();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** What cupsd said before it opened its error log, and that log's last 200 lines, for a failure's message. */
	public String log() {
		List<String> lines = read(folder.resolve("log/error_log")).lines().toList();
		return read(folder.resolve("log/cupsd.out")) + "\n"
				+ String.join("\n", lines.subList(Math.max(0, lines.size() - 200), lines.size()));
	}

	/** Stops cupsd and waits until nothing answers on its port. */
	@Override
	public void close() {
		stopDaemon();
		Instant deadline = Instant.now().plusSeconds(5);
		while (answers()) {
			assertThat(Instant.now()).as("cupsd on port %d stops answering", port).isBefore(deadline);
			pause(Duration.ofMillis(50));
		}
	}

	private void stopDaemon() {
		if (process == null) {
			return;
		}
		LocalDaemons.end(process);
		process = null;
	}

	/** cups-pdf's {@code AnonDirName}: Debian's file leaves it at its default. */
	private static Path anonymousOutput() throws IOException {
		Pattern setting = Pattern.compile("^\\s*AnonDirName\\s+(\\S+)");
		for (String line : Files.readAllLines(CUPS_PDF_CONF)) {
			Matcher matcher = setting.matcher(line);
			if (matcher.find()) {
				return Path.of(matcher.group(1));
			}
		}
		return ANONYMOUS;
	}

	private boolean answers() {
		return LocalDaemons.answers(port);
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file) : "";
		}
		catch (IOException failure) {
			return failure.toString();
		}
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
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
