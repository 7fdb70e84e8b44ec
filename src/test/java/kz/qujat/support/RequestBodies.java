package kz.qujat.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Requests to issue documents, and the same requests with one member changed, as a client might send them. */
public final class RequestBodies {

	/** Reads and writes request bodies as a client might, whatever the service accepts. */
	private static final JsonMapper LENIENT = JsonMapper.builder().build();

	private RequestBodies() {
	}

	/** A request body: {@code receipt} (the simple receipt) or a file under {@code requests/}, e.g. {@code home-schooling/refusal}. */
	public static String named(String name) {
		if (name.equals("receipt")) {
			return Receipts.simple("Ахметов Асхат");
		}
		try {
			return Files.readString(Path.of("src/test/resources/requests", name + ".json"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code body} with the member at {@code path} (e.g. {@code documents[0].sheets}) set to the JSON {@code value}. */
	public static String with(String body, String path, String value) {
		JsonNode root = LENIENT.readTree(body);
		JsonNode parent = root;
		String[] steps = path.split("\\.");
		for (int i = 0; i < steps.length; i++) {
			String name = steps[i].replaceAll("\\[\\d+]$", "");
			boolean last = i == steps.length - 1;
			if (steps[i].endsWith("]")) {
				int index = Integer.parseInt(steps[i].replaceAll(".*\\[(\\d+)]$", "$1"));
				ArrayNode list = (ArrayNode) parent.get(name);
				if (last) {
					list.set(index, LENIENT.readTree(value));
				}
				parent = list.get(index);
			}
			else if (last) {
				((ObjectNode) parent).set(name, LENIENT.readTree(value));
			}
			else {
				parent = parent.get(name);
			}
		}
		return LENIENT.writeValueAsString(root);
	}
}
