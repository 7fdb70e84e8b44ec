package kz.qujat.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;


import kz.qujat.support.AcknowledgedDocuments;
import kz.qujat.support.Api;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceProcess;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service as a real process under load from eight clients, killed with SIGKILL mid-load and
 * restarted on the same data, round after round, then stopped with SIGTERM under load: every document it
 * answered {@code 201} for is still there with the same bytes and verifies valid, no acknowledged number is ever
 * given to another paper, no answer is a 500, and after a restart nothing stays pending. On the embedded H2
 * default; on PostgreSQL, {@link RegionIntegrationTests} does the same with two instances. Runs in
 * {@code mvn verify}'s integration-test phase, after the jar is packaged.
 */
class CrashRecoveryIntegrationTests {

	private static final int CLIENTS = 8;
	private static final int KILLS = 2;
	private static final String[] SERVICES = { "teacher-attestation", "school-admission", "home-schooling",
			"education-duplicates", "additional-education-admission" };

	/**
	 * What a killed instance left pending is voided soon after the restart, instead of after the default two minutes;
	 * still far longer than a receipt takes, even the first ones of a cold JVM on a busy machine.
	 */
	private static final List<String> SWEEP_SOON = List.of("--qujat.registry.abandon-after=15s",
			"--qujat.registry.sweep-every=1s");

	@TempDir
	Path data;

	@Test
	void embeddedDefaultLosesNothingAcknowledged() {
		// only the data folder differs from the embedded default: its database URL and settings are the shipped ones
		rounds("H2", List.of("--qujat.files.data=" + data));
	}

	private void rounds(String database, List<String> arguments) {
		long started = System.nanoTime();
		AcknowledgedDocuments journal = new AcknowledgedDocuments();
		int voided = 0;
		int cutOff = 0;
		ServiceProcess service = ServiceProcess.start(with(arguments, SWEEP_SOON));
		try {
			for (int round = 1; round <= KILLS; round++) {
				Load load = issue(service, journal, ServiceProcess::kill);
				assertThat(load.statuses).as("answers before the kill").doesNotContainKey(500);
				cutOff += load.unanswered.get();
				service = ServiceProcess.start(with(arguments, SWEEP_SOON));
				voided += journal.check(service.clerk(), true);
			}

			Load draining = issue(service, journal, ServiceProcess::terminate);
			assertThat(draining.statuses.keySet()).as("answers while draining").allMatch(status -> status < 500 || status == 503);
			cutOff += draining.unanswered.get();
			// the default abandon-after: anything left pending by the shutdown would still be pending now
			service = ServiceProcess.start(arguments);
			assertThat(journal.check(service.clerk(), false)).as("entries voided after a clean stop").isZero();
		}
		finally {
			service.close();
		}
		System.out.printf("Crash recovery on %s: %d kill rounds and a SIGTERM round, %d acknowledged documents checked,"
				+ " %d pending entries voided after kills, %d requests without an answer (cut off by the stop, or refused while it was down), %.1f s%n", database, KILLS,
				journal.size(), voided, cutOff, (System.nanoTime() - started) / 1e9);
	}

	/** Eight clients issue receipts until {@code stop} (a kill or a SIGTERM) hits the service mid-load. */
	private Load issue(ServiceProcess service, AcknowledgedDocuments journal, Consumer<ServiceProcess> stop) {
		Api clerk = service.clerk();
		Load load = new Load();
		AtomicBoolean stopped = new AtomicBoolean();
		AtomicInteger acknowledged = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		for (int client = 0; client < CLIENTS; client++) {
			int first = client;
			clients.execute(() -> {
				for (int i = first; !stopped.get(); i++) {
					try {
						HttpResponse<byte[]> answer = clerk.post("/api/v1/documents", Receipts.handedInNow(SERVICES[i % SERVICES.length]));
						load.statuses.merge(answer.statusCode(), 1, Integer::sum);
						if (answer.statusCode() == 201) {
							journal.acknowledge(Api.json(answer));
							acknowledged.incrementAndGet();
						}
					}
					catch (IllegalStateException noAnswer) {
						// the service went away with this request in flight, or is no longer listening
						load.unanswered.incrementAndGet();
					}
				}
			});
		}
		try {
			int target = acknowledged.get() + 20 + ThreadLocalRandom.current().nextInt(30);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (acknowledged.get() < target && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			Thread.sleep(ThreadLocalRandom.current().nextInt(200));
			stop.accept(service);
			stopped.set(true);
			clients.shutdown();
			assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).as("clients stopped").isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(acknowledged.get()).as("receipts acknowledged in the round").isPositive();
		assertThat(journal.reissued()).as("acknowledged numbers given to another paper").isEmpty();
		return load;
	}

	private static List<String> with(List<String> arguments, List<String> more) {
		List<String> all = new ArrayList<>(arguments);
		all.addAll(more);
		return all;
	}

	/** What a round's clients got: how many answers of each status, and how many requests got none. */
	private static final class Load {

		final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		final AtomicInteger unanswered = new AtomicInteger();
	}
}
