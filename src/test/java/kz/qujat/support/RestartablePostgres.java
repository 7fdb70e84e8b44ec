package kz.qujat.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (the embedded one the tests use) that can be stopped and started again on the same port
 * and data folder, as an operator restarts a database server: what was committed is there afterwards, and clients
 * meanwhile find nothing listening.
 */
public final class RestartablePostgres implements AutoCloseable {

	private final int port;
	private final Path data;
	private EmbeddedPostgres server;

	private RestartablePostgres(int port, Path data) {
		this.port = port;
		this.data = data;
	}

	/** Starts a new server on a free port with an empty data folder under {@code target/}. */
	public static RestartablePostgres start() {
		try (ServerSocket socket = new ServerSocket(0)) {
			Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "postgres")), "data-");
			RestartablePostgres postgres = new RestartablePostgres(socket.getLocalPort(), data);
			socket.close();
			postgres.startAgain();
			return postgres;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public int port() {
		return port;
	}

	/** The JDBC URL of the {@code postgres} database, with connect and socket timeouts as production sets them. */
	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres&connectTimeout=3&socketTimeout=60";
	}

	public synchronized void stop() {
		if (server != null) {
			try {
				server.close();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			server = null;
		}
	}

	/** Starts the stopped server again on its port, with the data it had. */
	public synchronized void startAgain() {
		if (server != null) {
			return;
		}
		try {
			// never cleaned: the embedded server would delete its data folder as it stops, and start empty
			server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
		}
	}

	/** Stops the server and removes its data folder. */
	@Override
	public void close() {
		stop();
		try (var files = Files.walk(data)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
