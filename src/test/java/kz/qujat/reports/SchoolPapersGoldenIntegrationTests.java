package kz.qujat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kz.qujat.support.Api;
import kz.qujat.support.Golden;
import kz.qujat.support.Pdfs;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;
import kz.qujat.support.TestSchools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The papers about a school, made for a fresh school on Monday morning, read as their golden files under
 * {@code src/test/resources/golden} say: the service passport poster on A4 and A3, the public report and the
 * journal printout of a year with two receipts and a refusal. A fresh school's papers are numbered from 0001 on each
 * run; their verification codes are random, and masked.
 */
class SchoolPapersGoldenIntegrationTests extends ServiceTest {

	@Autowired
	TestSchools testSchools;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "A4", "A3" })
	void thePassportPosterReadsAsExpected(String size) {
		Api clerk = clerkOfANewSchool("golden-poster-" + size);

		HttpResponse<byte[]> poster = clerk.get("/api/v1/services/teacher-attestation/passport.pdf?size=" + size);

		assertThat(poster.statusCode()).as(Api.text(poster)).isEqualTo(200);
		assertTextMatches(clerk, "passport-teacher-attestation-" + size, poster);
	}

	@Test
	void thePublicReportReadsAsExpected() throws IOException {
		Api clerk = clerkOfANewSchool("golden-report");
		issueTheYearsPapers(clerk);

		HttpResponse<byte[]> report = clerk.get("/api/v1/reports/public.pdf?year=2026");

		assertThat(report.statusCode()).as(Api.text(report)).isEqualTo(200);
		assertTextMatches(clerk, "public-report", report);
	}

	@Test
	void theJournalPrintoutReadsAsExpected() throws IOException {
		Api clerk = clerkOfANewSchool("golden-journal");
		List<JsonNode> papers = issueTheYearsPapers(clerk);

		HttpResponse<byte[]> journal = clerk.get("/api/v1/reports/journal.pdf?service=teacher-attestation&year=2026");

		assertThat(journal.statusCode()).as(Api.text(journal)).isEqualTo(200);
		String text = Pdfs.text(journal.body());
		for (JsonNode paper : papers) {
			text = masked(text, paper);
		}
		assertTextMatches(clerk, "journal-teacher-attestation", journal, text);
	}

	private Api clerkOfANewSchool(String username) {
		TestSchools.Made school = testSchools.create(username, SchoolDocumentsIntegrationTests.GENERAL_SCHOOL);
		return api.as(school.username(), school.password());
	}

	/** Two receipts and a refusal of teacher attestation, as the journal and the report will count them. */
	private static List<JsonNode> issueTheYearsPapers(Api clerk) throws IOException {
		List<JsonNode> papers = new ArrayList<>();
		for (String request : List.of(Receipts.simple("Ахметов Асхат"),
				Receipts.forTeacher("Серікова Айгүл Маратқызы", "800416300257", "application", "essay"),
				Files.readString(Path.of("src/test/resources/requests/teacher-attestation/refusal.json"),
						StandardCharsets.UTF_8))) {
			HttpResponse<byte[]> issued = clerk.post("/api/v1/documents", request);
			assertThat(issued.statusCode()).as(Api.text(issued)).isEqualTo(201);
			papers.add(Api.json(issued));
		}
		return papers;
	}

	private static void assertTextMatches(Api clerk, String name, HttpResponse<byte[]> answer) {
		assertTextMatches(clerk, name, answer, Pdfs.text(answer.body()));
	}

	/** The paper's text, its own code masked, against the golden file {@code name}. */
	private static void assertTextMatches(Api clerk, String name, HttpResponse<byte[]> answer, String text) {
		String id = answer.headers().firstValue("X-Document-Id").orElseThrow();
		JsonNode paper = Api.json(clerk.get("/api/v1/documents/" + id));
		Golden.assertTextMatches(name, answer.body(), masked(text, paper));
	}

	/**
	 * The text with the paper's code masked. Its verification link is made whole first: how the footer's
	 * line wraps depends on how wide the random code prints.
	 */
	private static String masked(String text, JsonNode paper) {
		String code = paper.get("verificationCode").asString();
		String link = "https://qujat.example.kz/v/" + code;
		String wrapped = link.chars().mapToObj(c -> Pattern.quote(Character.toString(c))).collect(Collectors.joining("\\R?"));
		return text.replaceAll(wrapped, link)
			.replace(code, "CODE")
			.replace(String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12),
					code.substring(12, 16), code.substring(16)), "CODE");
	}
}
