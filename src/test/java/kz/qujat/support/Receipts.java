package kz.qujat.support;

import java.util.List;
import java.util.stream.Collectors;

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

	public static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
	}
}
