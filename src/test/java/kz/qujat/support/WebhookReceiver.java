package kz.qujat.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A school system's webhook endpoint on this machine ({@code http://localhost}, which the embedded default allows):
 * keeps every POST it gets and answers each with the next of the status codes it was given, then 200.
 */
public final class WebhookReceiver implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One POST the receiver got. */
	public record Delivery(Map<String, List<String>> headers, String body) {

		public String header(String name) {
			return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
				.map(header -> header.getValue().get(0)).findFirst().orElse(null);
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}
	}

	private final HttpServer server;
	private final List<Delivery> received = new CopyOnWriteArrayList<>();
	private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

	public WebhookReceiver(int... answers) {
		for (int answer : answers) {
			this.answers.add(answer);
		}
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		server.createContext("/hook", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			received.add(new Delivery(Map.copyOf(exchange.getRequestHeaders()), body));
			Integer answer = this.answers.poll();
			exchange.sendResponseHeaders(answer == null ? 200 : answer, -1);
			exchange.close();
		});
		server.start();
	}

	public String url() {
		return "http://localhost:" + server.getAddress().getPort() + "/hook";
	}

	public List<Delivery> received() {
		return List.copyOf(received);
	}

	/** The first POST whose body contains {@code text}, waited for up to 15 s. */
	public Delivery await(String text) throws InterruptedException {
		return await(delivery -> delivery.body().contains(text));
	}

	/** The first POST {@code wanted} holds for, waited for up to 15 s. */
	public Delivery await(Predicate<Delivery> wanted) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(15);
		do {
			for (Delivery one : received) {
				if (wanted.test(one)) {
					return one;
				}
			}
			Thread.sleep(50);
		}
		while (Instant.now().isBefore(deadline));
		throw new AssertionError("nothing wanted received in 15 s; received " + received);
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
