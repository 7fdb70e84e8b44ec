package kz.qujat.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Request bodies for receipts, written as a client writes them. */
public final class Receipts {

	public static final String ALL_KAZAKH_LETTERS = "Әәбғқңөұүһі ӘБҒҚҢӨҰҮҺІ";

	private Receipts() {
	}

	public static String forTeacher(String fullName, String iin, String... documentCodes) {
		String documents = List.of(documentCodes).stream()
			.map(code -> "{\"code\":\"" + code + "\",\"sheets\":2,\"original\":false}")
			.collect(Collectors.joining(","));
		return """
				{"kind":"receipt","service":"teacher-attestation","channel":"paper",
				 "applicant":{"fullName":%s,"iin":"%s"},
				 "documents":[%s]}
				""".formatted(quoted(fullName), iin, documents);
	}

	public static String simple(String fullName) {
		return forTeacher(fullName, "871008401427", "application", "education-diploma", "essay");
	}

	/** The service's example receipt ({@code src/test/resources/requests/<service>/receipt.json}), handed in now. */
	public static String handedInNow(String service) {
		try (InputStream in = Receipts.class.getResourceAsStream("/requests/" + service + "/receipt.json")) {
			ObjectNode request = (ObjectNode) JsonMapper.builder().build().readTree(in);
			// handed in now, whatever day the test runs
			request.remove("receivedAt");
			return request.toString();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
	}
}
