package kz.qujat.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import kz.qujat.support.AcknowledgedDocuments;
import kz.qujat.support.Api;
import kz.qujat.support.Browser;
import kz.qujat.support.Receipts;
import kz.qujat.support.RestartablePostgres;
import kz.qujat.support.ServiceProcess;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A region's installation: two instances of the packaged jar on one real PostgreSQL behind a load balancer, sixteen
 * clients issuing through both for one school and one service while one instance is killed with SIGKILL and
 * started again, PostgreSQL is restarted, and both instances are restarted one after the other with SIGTERM.
 * Every document acknowledged with {@code 201} is afterwards the same bytes and verifies through either instance;
 * the journal holds the service's numbers 1..N once each, nothing pending; no answer is ever a 500; and during the
 * rolling restart no request an instance took is left without an answer: a stopping instance drains (readiness
 * DOWN, requests still answered, each connection closed after its answer) before it refuses connections, so the
 * balancer has moved every client off it before a kept-alive connection could be closed under a request. A clerk's
 * desk session opened through one instance is good through the other and outlives both restarts (sessions are
 * kept in the database).
 * <p>
 * Each fault strikes under the full load of sixteen clients sending as fast as they are answered. While a stopped
 * instance starts again the clients go on through the other one at a gentler pace (each one request in three
 * seconds): the restart still happens beside live issuing on the same database, but the starting JVM gets the cores it needs, and
 * the papers acknowledged meanwhile, each checked at the end, stay a few hundred rather than well over a thousand.
 */
class RegionIntegrationTests {

	private static final int CLIENTS = 16;
	private static final String SERVICE = "teacher-attestation";
	/** A client's pause between requests while an instance starts again: sixteen clients, some 5 requests a second. */
	private static final long GENTLE_PAUSE_MILLIS = 3000;

	/** As {@link CrashRecoveryIntegrationTests}: what the killed instance left pending is voided within seconds. */
	private static final List<String> SWEEP_SOON = List.of("--qujat.registry.abandon-after=15s",
			"--qujat.registry.sweep-every=1s");

	/**
	 * On SIGTERM an instance answers this long with readiness DOWN before it refuses connections: ten times the
	 * balancer's check interval, so that no client is sent to it once its connections close.
	 */
	private static final String DRAIN = "--qujat.http.drain-before-stop=2s";

	@TempDir
	Path folders;

	@Test
	void twoInstancesLoseNothingThroughAKillADatabaseRestartAndARollingRestart() throws Exception {
		long started = System.nanoTime();
		AcknowledgedDocuments journal = new AcknowledgedDocuments();
		try (RestartablePostgres postgres = RestartablePostgres.start()) {
			// at the same moment on the empty database, as a region's instances come up after a deployment
			CompletableFuture<ServiceProcess> first = CompletableFuture.supplyAsync(() -> ServiceProcess.start(arguments(postgres, "a")));
			CompletableFuture<ServiceProcess> second = CompletableFuture.supplyAsync(() -> ServiceProcess.start(arguments(postgres, "b")));
			Instance a = new Instance("A", first.join());
			Instance b = new Instance("B", second.join());
			Balancer balancer = new Balancer(a, b);
			Clients load = new Clients(balancer, journal);
			Browser desk = new Browser(a.process.port());
			try {
				assertThat(desk.signIn("demo", "demo").statusCode()).as("the clerk's sign-in through A").isEqualTo(302);
				assertSignedIn(desk.on(b.process.port()), "through B with the session A opened");
				load.awaitAcknowledged(20);

				load.enter(Phase.KILL);
				a.kill();
				load.awaitAcknowledged(10);
				load.gentlyWhile(a::startAgain);
				load.awaitAcknowledged(10);

				load.enter(Phase.DATABASE);
				postgres.stop();
				load.await("503 answers while PostgreSQL is down", () -> load.unavailable.get() >= CLIENTS);
				postgres.startAgain();
				load.awaitAcknowledged(10);

				load.enter(Phase.ROLLING);
				for (Instance instance : List.of(b, a)) {
					Drain drain = instance.terminate();
					load.drains.add(instance.name + ": " + drain);
					assertThat(drain.exitCode).as("exit code of %s after SIGTERM", instance.name).isEqualTo(143);
					assertThat(drain.readinessDownFirst).as("%s's readiness DOWN before it refused connections: %s",
							instance.name, drain).isTrue();
					assertThat(drain.servedWhileDraining).as("%s's answer to a request during its drain: %s",
							instance.name, drain).isEqualTo("200 Connection: close");
					load.gentlyWhile(instance::startAgain);
					load.awaitAcknowledged(10);
				}
				load.stop();
				assertSignedIn(desk, "through A after both instances restarted");
				assertSignedIn(desk.on(b.process.port()), "through B after both instances restarted");
				assertThat(load.failures).as("answers that are 5xx but not 503, or no answer to an accepted request")
					.isEmpty();
				assertThat(journal.reissued()).as("acknowledged numbers given to another paper").isEmpty();

				int voided = journal.check(a.clerk(), true);
				journal.check(b.clerk(), false);
				Set<String> signers = new HashSet<>(journal.checkUploads(a.clerk(), 10));
				signers.addAll(journal.checkUploads(b.clerk(), 7));
				assertThat(signers).as("signers of the papers either instance made: the school's one key").hasSize(1);
				System.out.printf("Region on PostgreSQL: two instances, %d clients, a SIGKILL, a PostgreSQL restart and a"
						+ " rolling restart; %d acknowledged documents checked through both instances, %d entries"
						+ " voided; %s; %.1f s%n", CLIENTS, journal.size(), voided, load, (System.nanoTime() - started) / 1e9);
			}
			catch (AssertionError | RuntimeException failed) {
				System.out.printf("Region on PostgreSQL failed after %.1f s: %s%n", (System.nanoTime() - started) / 1e9, load);
				throw failed;
			}
			finally {
				load.stop();
				balancer.stop();
				a.close();
				b.close();
			}
		}
	}

	/** The desk's journal, which only a signed-in clerk sees (anyone else is sent to the sign-in form). */
	private static void assertSignedIn(Browser desk, String how) {
		HttpResponse<String> journal = desk.get("/desk/journal");
		assertThat(journal.statusCode()).as("the clerk's desk session %s: %s", how, journal.headers().map())
			.isEqualTo(200);
	}

		private List<String> arguments(RestartablePostgres postgres, String instance) {
		List<String> arguments = new ArrayList<>(List.of("--qujat.files.data=" + folders.resolve(instance),
				"--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=postgres",
				"--spring.datasource.password="));
		arguments.addAll(SWEEP_SOON);
		arguments.add(DRAIN);
		return arguments;
	}

	/** What the clients were doing when a request was sent: which fault the test was making. */
	private enum Phase {
		WARM_UP, KILL, DATABASE, ROLLING
	}

	/**
	 * What a SIGTERM looked like from outside: whether the readiness probe answered DOWN before the instance stopped
	 * taking connections, how a request sent just after that was answered (during the drain: as usual, with the
	 * connection closed after it), and how long the instance took to exit.
	 */
	private record Drain(boolean readinessDownFirst, String servedWhileDraining, String sequence, int exitCode,
			long millis) {

		@Override
		public String toString() {
			return sequence + ", exited " + exitCode + " after " + millis + " ms";
		}
	}

	/** One instance behind the balancer: its port stays the same across restarts, as a balancer's address does. */
	private static final class Instance implements AutoCloseable {

		final String name;
		volatile ServiceProcess process;
		volatile boolean ready = true;
		/** How often this instance was killed: a request in flight across a kill is cut off by it. */
		volatile int kills;
		/** Killed and not started again: a request sent now may find a pooled connection to the dead process. */
		volatile boolean dead;

		Instance(String name, ServiceProcess process) {
			this.name = name;
			this.process = process;
		}

		Api clerk() {
			return process.clerk();
		}

		void kill() {
			dead = true;
			kills++;
			process.kill();
		}

		void startAgain() {
			process = process.startAgain();
			dead = false;
		}

		/**
		 * SIGTERM while watching the readiness probe closely, as a balancer's health check would: notes when it first
		 * answered DOWN and when connections were first refused.
		 */
		Drain terminate() {
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(2)).build();
			HttpRequest readiness = HttpRequest.newBuilder(
					URI.create("http://127.0.0.1:" + process.port() + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(5)).build();
			AtomicBoolean exited = new AtomicBoolean();
			AtomicReference<String> down = new AtomicReference<>();
			AtomicReference<String> refused = new AtomicReference<>();
			AtomicReference<String> served = new AtomicReference<>();
			long sent = System.nanoTime();
			Thread watcher = new Thread(() -> {
				while (!exited.get() && refused.get() == null) {
					try {
						HttpResponse<String> answer = http.send(readiness, HttpResponse.BodyHandlers.ofString());
						if (answer.statusCode() != 200 && down.get() == null) {
							down.set("readiness " + answer.statusCode() + " " + answer.body().strip() + " at "
									+ (System.nanoTime() - sent) / 1_000_000 + " ms");
							HttpResponse<byte[]> drained = process.clerk().get("/api/v1/school");
							served.set(drained.statusCode() + " Connection: "
									+ drained.headers().firstValue("Connection").orElse("keep-alive"));
						}
					}
					catch (ConnectException notListening) {
						refused.set("connections refused at " + (System.nanoTime() - sent) / 1_000_000 + " ms");
					}
					catch (IOException other) {
						// a connection closed under the probe: the next one tells
					}
					catch (InterruptedException e) {
						return;
					}
				}
			});
			watcher.start();
			ready = false;
			int exitCode = process.terminate();
			long millis = (System.nanoTime() - sent) / 1_000_000;
			exited.set(true);
			try {
				watcher.join(10_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return new Drain(down.get() != null, String.valueOf(served.get()),
					down.get() + ", a request then answered " + served.get() + ", " + refused.get(), exitCode, millis);
		}

		@Override
		public void close() {
			process.close();
		}
	}

	/**
	 * What a load balancer does for the clients: it sends each request to the instance whose turn it is, unless its
	 * health check last found that one not ready; a request whose connection is refused goes to the other instance,
	 * as it was never sent.
	 */
	private static final class Balancer {

		private final List<Instance> instances;
		private final AtomicBoolean stopped = new AtomicBoolean();
		private final Thread checks;

		Balancer(Instance... instances) {
			this.instances = List.of(instances);
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(2)).build();
			this.checks = new Thread(() -> {
				while (!stopped.get()) {
					for (Instance instance : this.instances) {
						instance.ready = ready(http, instance);
					}
					try {
						Thread.sleep(200);
					}
					catch (InterruptedException e) {
						return;
					}
				}
			});
			checks.setDaemon(true);
			checks.start();
		}

		private static boolean ready(HttpClient http, Instance instance) {
			try {
				return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.process.port()
						+ "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			}
			catch (IOException notAnswering) {
				return false;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		/** The instance for a client's {@code turn}: the one whose turn it is, unless only the other is ready. */
		Instance pick(int turn) {
			Instance first = instances.get(turn % 2);
			Instance second = instances.get((turn + 1) % 2);
			return !first.ready && second.ready ? second : first;
		}

		Instance other(Instance instance) {
			return instances.get(0) == instance ? instances.get(1) : instances.get(0);
		}

		void stop() {
			stopped.set(true);
			checks.interrupt();
		}
	}

	/** Sixteen clients issuing receipts through the balancer until stopped, tallying what came back. */
	private static final class Clients {

		final Map<String, Integer> statuses = new ConcurrentHashMap<>();
		final Queue<String> failures = new ConcurrentLinkedQueue<>();
		final AtomicInteger acknowledged = new AtomicInteger();
		final AtomicInteger unavailable = new AtomicInteger();
		final AtomicInteger elsewhere = new AtomicInteger();
		final AtomicInteger cutOff = new AtomicInteger();
		final Queue<String> drains = new ConcurrentLinkedQueue<>();
		private final AtomicBoolean stopped = new AtomicBoolean();
		private volatile Phase phase = Phase.WARM_UP;
		/** How long each phase lasted, for the summary: a phase lasts as long as its fault and the restart after it. */
		private final Map<Phase, Double> seconds = new ConcurrentHashMap<>();
		private volatile long phaseStarted = System.nanoTime();
		/** How long each client waits after an answer before its next request: none but while an instance starts. */
		private volatile long pauseMillis;
		private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

		Clients(Balancer balancer, AcknowledgedDocuments journal) {
			for (int client = 0; client < CLIENTS; client++) {
				int first = client;
				clients.execute(() -> {
					for (int turn = first; !stopped.get(); turn++) {
						issue(balancer, journal, turn);
						pause(pauseMillis);
					}
				});
			}
		}

		private void issue(Balancer balancer, AcknowledgedDocuments journal, int turn) {
			Instance instance = balancer.pick(turn);
			String receipt = Receipts.handedInNow(SERVICE);
			for (int attempt = 0; attempt < 2; attempt++) {
				int kills = instance.kills;
				boolean dead = instance.dead;
				try {
					HttpResponse<byte[]> answer = instance.clerk().post("/api/v1/documents", receipt);
					int status = answer.statusCode();
					Phase answeredIn = phase;
					// a 503 says why: the database away, or a number voided under a paper that took longer than abandon-after
					String problem = status == 503 ? " " + problem(answer) : "";
					statuses.merge(answeredIn + " " + status + problem, 1, Integer::sum);
					if (status == 201) {
						journal.acknowledge(Api.json(answer));
						acknowledged.incrementAndGet();
					}
					else if (status == 503) {
						unavailable.incrementAndGet();
						pause(250);
					}
					else if (status >= 500) {
						failures.add(answeredIn + ": " + instance.name + " answered " + status + " " + Api.text(answer));
					}
					return;
				}
				catch (IllegalStateException noAnswer) {
					if (noAnswer.getCause() instanceof ConnectException) {
						// never sent: the balancer sends it to the other instance
						elsewhere.incrementAndGet();
						instance = balancer.other(instance);
						continue;
					}
					if (dead || instance.kills != kills) {
						// in flight on the instance the kill took, or sent to it dead before the balancer noticed
						cutOff.incrementAndGet();
						return;
					}
					failures.add(phase + ": no answer from " + instance.name + ": " + noAnswer.getCause());
					return;
				}
			}
			// both refused: only while one is killed and the other restarting, which the test never does
			failures.add(phase + ": both instances refused the connection");
			pause(100);
		}

		@Override
		public String toString() {
			return "%d answers 503, %d requests refused a connection and sent to the other instance, %d cut off by the kill;"
				.formatted(unavailable.get(), elsewhere.get(), cutOff.get()) + " statuses by phase " + new TreeMap<>(statuses)
					+ "; seconds by phase " + new TreeMap<>(seconds) + "; SIGTERM " + drains + "; failures " + failures;
		}

		/** The problem's type, or what else came back (a web server refusing work as it stops sends no problem). */
		private static String problem(HttpResponse<byte[]> answer) {
			boolean problem = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
			return problem ? Api.json(answer).get("type").asString().replace("/problems/", "") : "without a problem";
		}

		void enter(Phase next) {
			long now = System.nanoTime();
			seconds.put(phase, Math.round((now - phaseStarted) / 1e8) / 10.0);
			phase = next;
			phaseStarted = now;
		}

		/** Runs {@code restart} while each client sends one request in three seconds, then goes back to full speed. */
		void gentlyWhile(Runnable restart) {
			pauseMillis = GENTLE_PAUSE_MILLIS;
			try {
				restart.run();
			}
			finally {
				pauseMillis = 0;
			}
		}

		/** Waits until {@code more} receipts more than now are acknowledged, for up to a minute. */
		void awaitAcknowledged(int more) {
			int target = acknowledged.get() + more;
			await(more + " receipts more acknowledged", () -> acknowledged.get() >= target);
		}

		void await(String what, BooleanSupplier done) {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
			while (!done.getAsBoolean()) {
				assertThat(System.nanoTime()).as("%s within a minute; statuses %s, failures %s", what, statuses, failures)
					.isLessThan(deadline);
				pause(20);
			}
		}

		void stop() throws InterruptedException {
			if (!stopped.get()) {
				seconds.put(phase, Math.round((System.nanoTime() - phaseStarted) / 1e8) / 10.0);
			}
			stopped.set(true);
			clients.shutdown();
			if (!clients.isTerminated() && !clients.awaitTermination(2, TimeUnit.MINUTES)) {
				clients.shutdownNow();
				throw new IllegalStateException("the clients did not stop within two minutes");
			}
		}

		private static void pause(long millis) {
			if (millis <= 0) {
				return;
			}
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
