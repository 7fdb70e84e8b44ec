package kz.qujat.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Closed-loop clients: each sends its next request when the last one is answered; latencies of every request. */
final class LoadClient {

	private LoadClient() {
	}

	/** Throughput and latency of {@code clients} clients sending {@code request} for {@code seconds}. */
	static Result run(int clients, Duration duration, Supplier<HttpRequest> request, int expectedStatus) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		List<Future<Integer>> failures = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			failures.add(pool.submit(() -> {
				int failed = 0;
				while (System.nanoTime() < end) {
					long sent = System.nanoTime();
					HttpResponse<byte[]> answer = http.send(request.get(), HttpResponse.BodyHandlers.ofByteArray());
					latencies.add(System.nanoTime() - sent);
					if (answer.statusCode() != expectedStatus) {
						failed++;
					}
				}
				return failed;
			}));
		}
		int failed = 0;
		for (Future<Integer> client : failures) {
			failed += client.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return new Result(sorted.size(), seconds, percentile(sorted, 0.50), percentile(sorted, 0.99), failed);
	}

	static HttpRequest.Builder request(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
	}

	private static double percentile(List<Long> sorted, double p) {
		return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p) - 1)) / 1e6;
	}

	/** What a run measured. */
	record Result(int requests, double seconds, double p50Millis, double p99Millis, int failed) {

		double perSecond() {
			return requests / seconds;
		}
	}
}
