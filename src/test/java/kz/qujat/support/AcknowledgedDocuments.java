package kz.qujat.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import kz.qujat.system.Sha256;

import tools.jackson.databind.JsonNode;

/**
 * Every document a service answered {@code 201} for, by number, and what its journal must say about them after
 * crashes, restarts and outages: each acknowledged document issued under its number with the acknowledged bytes
 * and verifying valid, each number of a counter taken once, 1..N without a gap, and nothing left pending.
 */
public final class AcknowledgedDocuments {

	/** Clients checking at once: enough to keep both cores of a build machine busy with the service's side. */
	private static final int CHECKERS = 4;

	private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
	private final Queue<String> reissued = new ConcurrentLinkedQueue<>();
	private int voided;

	/** Notes the answer to a {@code POST /api/v1/documents} that was {@code 201}. */
	public void acknowledge(JsonNode created) {
		Acknowledged document = new Acknowledged(created.get("id").asString(), created.get("number").asString(),
				created.get("sha256").asString(), created.get("verificationCode").asString(),
				created.get("pdfUrl").asString());
		Acknowledged earlier = acknowledged.putIfAbsent(document.number, document);
		if (earlier != null) {
			reissued.add(document.number + " (" + earlier.id + ", then " + document.id + ")");
		}
	}

	public int size() {
		return acknowledged.size();
	}

	/** Acknowledged numbers that were given to a second paper; empty unless numbering is broken. */
	public Queue<String> reissued() {
		return reissued;
	}

	/**
	 * Checks a service's journal, through the clerk's client {@code clerk}, against everything acknowledged: each
	 * document issued under its number, its PDF the acknowledged bytes, its code verifying valid; the numbers of
	 * each counter and year 1..N, each once, issued or void; none pending once the sweep ran ({@code awaitSweep},
	 * for up to 45 s) or at once. Returns how many entries became void since the last check.
	 */
	public int check(Api clerk, boolean awaitSweep) {
		List<JsonNode> entries = entries(clerk);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
		while (awaitSweep && pending(entries) > 0 && System.nanoTime() < deadline) {
			sleep();
			entries = entries(clerk);
		}
		assertThat(pending(entries)).as("entries still pending").isZero();
		Map<String, JsonNode> byNumber = entries.stream()
			.collect(Collectors.toMap(entry -> entry.get("number").asString(), entry -> entry));
		assertThat(byNumber).as("numbers in the journal, each once").hasSize(entries.size());
		Map<String, List<Integer>> sequences = new TreeMap<>();
		byNumber.keySet().forEach(number -> sequences
			.computeIfAbsent(number.substring(0, number.lastIndexOf('-')), series -> new ArrayList<>())
			.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1))));
		sequences.forEach((series, taken) -> assertThat(taken).as("numbers of %s", series)
			.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, taken.size()).boxed().toList()));
		inParallel(acknowledged.values(), document -> {
			JsonNode entry = byNumber.get(document.number);
			assertThat(entry).as("journal entry of acknowledged %s", document.number).isNotNull();
			assertThat(entry.get("id").asString()).as("document under %s", document.number).isEqualTo(document.id);
			assertThat(entry.get("status").asString()).as("status of %s", document.number).isEqualTo("issued");
			HttpResponse<byte[]> pdf = clerk.get(document.pdfUrl);
			assertThat(pdf.statusCode()).as("PDF of %s", document.number).isEqualTo(200);
			assertThat(Sha256.hex(pdf.body())).as("bytes of %s", document.number).isEqualTo(document.sha256);
			HttpResponse<byte[]> verified = clerk.anonymous().get("/api/v1/verify/" + document.code);
			assertThat(verified.statusCode()).as("verification of %s", document.number).isEqualTo(200);
			assertThat(Api.json(verified).get("status").asString()).as("verification of %s", document.number)
				.isEqualTo("valid");
			return null;
		});
		int voidNow = (int) entries.stream().filter(entry -> entry.get("status").asString().equals("void")).count();
		int newlyVoided = voidNow - voided;
		voided = voidNow;
		return newlyVoided;
	}

	/**
	 * Downloads every {@code every}-th acknowledged PDF (by number) through {@code clerk} and gives it to the public
	 * upload check: byte for byte the document issued, valid, its signature intact over the whole file. Answers
	 * the signers the checked files name.
	 */
	public Set<String> checkUploads(Api clerk, int every) {
		List<Acknowledged> byNumber = acknowledged.values().stream()
			.sorted(Comparator.comparing(Acknowledged::number)).toList();
		List<Acknowledged> sample = IntStream.iterate(0, i -> i < byNumber.size(), i -> i + every)
			.mapToObj(byNumber::get).toList();
		return new HashSet<>(inParallel(sample, document -> {
			HttpResponse<byte[]> pdf = clerk.get(document.pdfUrl);
			HttpResponse<byte[]> checked = clerk.anonymous().postFile("/api/v1/verify", document.number + ".pdf", pdf.body());
			assertThat(checked.statusCode()).as("upload check of %s: %s", document.number, Api.text(checked))
				.isEqualTo(200);
			JsonNode result = Api.json(checked);
			assertThat(result.get("result").asString()).as("upload check of %s", document.number).isEqualTo("authentic");
			assertThat(result.get("status").asString()).as("upload check of %s", document.number).isEqualTo("valid");
			JsonNode signature = result.get("fileSignature");
			assertThat(signature.get("intact").asBoolean() && signature.get("wholeDocument").asBoolean())
				.as("signature of %s: %s", document.number, signature).isTrue();
			return signature.get("signer").asString();
		}));
	}

	/**
	 * Checks each document with {@code check} on a few threads, as several clients of the service would: the
	 * requests of a check wait on the network far more than on this JVM. Answers what each check gave; the first
	 * failed check fails the whole.
	 */
	private static <T> List<T> inParallel(Collection<Acknowledged> documents, Function<Acknowledged, T> check) {
		ExecutorService checkers = Executors.newFixedThreadPool(CHECKERS);
		try {
			List<Future<T>> checks = documents.stream().map(document -> checkers.submit(() -> check.apply(document)))
				.toList();
			List<T> results = new ArrayList<>();
			for (Future<T> each : checks) {
				results.add(each.get());
			}
			return results;
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(failed.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		finally {
			checkers.shutdownNow();
		}
	}

	private static List<JsonNode> entries(Api clerk) {
		List<JsonNode> entries = new ArrayList<>();
		for (int offset = 0;; offset += 1000) {
			HttpResponse<byte[]> page = clerk.get("/api/v1/documents?limit=1000&offset=" + offset);
			assertThat(page.statusCode()).as(Api.text(page)).isEqualTo(200);
			JsonNode listed = Api.json(page);
			listed.forEach(entries::add);
			if (listed.size() < 1000) {
				return entries;
			}
		}
	}

	private static long pending(List<JsonNode> entries) {
		return entries.stream().filter(entry -> !List.of("issued", "void").contains(entry.get("status").asString()))
			.count();
	}

	private static void sleep() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private record Acknowledged(String id, String number, String sha256, String code, String pdfUrl) {
	}
}
