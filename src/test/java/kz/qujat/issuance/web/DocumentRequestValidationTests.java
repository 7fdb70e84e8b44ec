package kz.qujat.issuance.web;

import static kz.qujat.support.RequestBodies.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import kz.qujat.catalog.Channel;
import kz.qujat.issuance.ApplicantPapers;
import kz.qujat.issuance.DocumentLinks;
import kz.qujat.issuance.Downloads;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.DocumentStatus;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.RegistrationNumber;
import kz.qujat.registry.Term;
import kz.qujat.registry.VerificationCode;
import kz.qujat.schools.Schools;
import kz.qujat.support.Receipts;
import kz.qujat.support.RequestBodies;
import kz.qujat.support.SliceApi;
import kz.qujat.support.WebSlice;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * Bad input gets a 4xx problem that names the field and the rule, in the clerk's language; never a 500. The web
 * layer alone: what passes reaches the (mocked) issuance and is answered 201.
 */
@WebSlice(DocumentController.class)
@MockitoBean(types = { IssuedDocuments.class, Schools.class, Downloads.class })
@Import(Revocations.class)
class DocumentRequestValidationTests {

	@MockitoBean
	ApplicantPapers issuance;

	@MockitoBean
	DocumentLinks links;

	SliceApi api;

	@BeforeEach
	void issueWhatPassesValidation(@Autowired MockMvc mvc) {
		api = new SliceApi(mvc);
		IssuedDocument issued = mock(IssuedDocument.class);
		when(issued.kind()).thenReturn(DocumentKind.RECEIPT);
		when(issued.status()).thenReturn(DocumentStatus.ISSUED);
		when(issued.number()).thenReturn(new RegistrationNumber("ATT", 2026, 1));
		when(issued.channel()).thenReturn(Channel.PAPER);
		when(issued.term()).thenReturn(Term.at(Instant.parse("2026-11-23T05:00:00Z")));
		when(issued.verificationCode()).thenReturn(VerificationCode.random());
		when(issuance.issue(any(), any())).thenReturn(issued);
		when(links.self(any())).thenReturn("/api/v1/documents/00000000-0000-4000-8000-000000000000");
	}

	@ParameterizedTest
	@CsvSource({ "123456789012, iin-checksum", "871008401428, iin-checksum", "87100840142, iin-format",
			"8710084014270, iin-format", "87100840142X, iin-format" })
	void refusesAnIinThatIsNotOne(String iin, String rule) {
		MockHttpServletResponse answer = api.post("/api/v1/documents", Receipts.forTeacher("Ахметов Асхат", iin, "essay"));

		JsonNode problem = problem(answer, 400, "/problems/invalid-request");
		assertThat(problem.get("errors")).hasSize(1);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("applicant.iin");
		assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo(rule);
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("ЖСН");
	}

	@Test
	void answersInRussianWhenAskedTo() {
		MockHttpServletResponse answer = api.inLanguage("ru")
			.post("/api/v1/documents", Receipts.forTeacher("Ахметов Асхат", "871008401428", "essay"));

		JsonNode problem = problem(answer, 400, "/problems/invalid-request");
		assertThat(problem.get("title").asString()).isEqualTo("Запрос заполнен неверно");
		assertThat(problem.get("errors").get(0).get("message").asString())
			.isEqualTo("Контрольная цифра ИИН не сходится: проверьте номер.");
	}

	@Test
	void namesEveryBrokenRuleAtOnce() {
		MockHttpServletResponse answer = api.post("/api/v1/documents", """
				{"kind":"certificate","service":"teacher-attestation","channel":"fax",
				 "applicant":{"fullName":"  ","iin":""},
				 "documents":[{"code":"essay","sheets":0},{"code":"passport"},{"code":"essay"},null]}""");

		JsonNode problem = problem(answer, 400, "/problems/invalid-request");
		assertThat(fieldsAndRules(problem)).containsExactlyInAnyOrder("kind:one-of-kinds", "channel:one-of-channels",
				"applicant.fullName:required", "applicant.iin:required", "documents[0].sheets:range",
				"documents[1].code:unknown-document", "documents[2].code:duplicate-document", "documents[3]:required");
	}

	@Test
	void refusesAnUnknownServiceAndAMissingBody() {
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents",
				Receipts.simple("Ахметов Асхат").replace("teacher-attestation", "driving-licence")), 400,
				"/problems/invalid-request"))).containsExactly("service:unknown-service");

		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", "{}"), 400, "/problems/invalid-request")))
			.containsExactlyInAnyOrder("kind:required", "service:required", "applicant:required");

		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", Receipts.simple("Ахметов Асхат")
			.replaceAll("\"documents\":\\[.*]", "\"documents\":[]")), 400, "/problems/invalid-request")))
			.containsExactly("documents:required");
	}

	@Test
	void refusesANameItCannotPrintOrThatIsTooLong() {
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", Receipts.simple("Ахметов\nАсхат")), 400,
				"/problems/invalid-request"))).containsExactly("applicant.fullName:printable");
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", Receipts.simple("Ә".repeat(201))), 400,
				"/problems/invalid-request"))).containsExactly("applicant.fullName:max-length");
		assertThat(api.post("/api/v1/documents", Receipts.simple("Ә".repeat(200))).getStatus()).isEqualTo(201);
	}

	@Test
	void refusesMoreDocumentsThanAnyServiceHas() {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 61; i++) {
			codes.add("essay");
		}
		MockHttpServletResponse answer = api.post("/api/v1/documents",
				Receipts.forTeacher("Ахметов Асхат", "871008401427", codes.toArray(String[]::new)));
		assertThat(fieldsAndRules(problem(answer, 400, "/problems/invalid-request"))).contains("documents:max-items");
	}

	@Test
	void refusesAReceiptDatedInTheFutureOrLongAgo() {
		String body = Receipts.simple("Ахметов Асхат");
		String future = body.replace("\"channel\":\"paper\",", "\"channel\":\"paper\",\"receivedAt\":\"2026-11-23T12:00:00+05:00\",");
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", future), 400, "/problems/invalid-request")))
			.containsExactly("receivedAt:not-in-future");

		String old = body.replace("\"channel\":\"paper\",", "\"channel\":\"paper\",\"receivedAt\":\"2026-10-01T10:00:00+05:00\",");
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", old), 400, "/problems/invalid-request")))
			.containsExactly("receivedAt:too-old");

	}

	@Test
	void explainsJsonItCannotRead() {
		problem(api.post("/api/v1/documents", "{\"kind\":\"receipt\","), 400, "/problems/malformed-request");
		problem(api.post("/api/v1/documents", "[1,2,3]"), 400, "/problems/malformed-request");

		String wrongType = Receipts.simple("Ахметов Асхат").replace("\"sheets\":2", "\"sheets\":\"two\"");
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", wrongType), 400, "/problems/invalid-request")))
			.containsExactly("documents[0].sheets:type");
	}

	@ParameterizedTest(name = "{0}: {1} = {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			receipt                        | kind                   | true
			receipt                        | service                | 7
			receipt                        | channel                | ["paper"]
			receipt                        | applicant              | "Ахметов Асхат"
			receipt                        | applicant.fullName     | true
			receipt                        | applicant.fullName     | 1e40
			receipt                        | applicant.fullName     | 7
			receipt                        | applicant.fullName     | ["Ахметов Асхат"]
			receipt                        | applicant.fullName     | {"kk":"Ахметов Асхат"}
			receipt                        | applicant.iin          | 871008401427
			receipt                        | applicant.phone        | 77010000001
			receipt                        | languages              | "kk"
			receipt                        | documents              | {"code":"essay"}
			receipt                        | documents[0].code      | false
			receipt                        | documents[0].note      | 1.5
			receipt                        | documents[0].original  | 1
			receipt                        | documents[0].original  | 0
			receipt                        | documents[0].original  | "true"
			receipt                        | documents[0].original  | ""
			receipt                        | documents[0].sheets    | 1.5
			receipt                        | documents[0].sheets    | 2.0
			receipt                        | documents[0].sheets    | 1e40
			receipt                        | documents[0].sheets    | "2"
			receipt                        | documents[0].sheets    | ""
			receipt                        | documents[0].sheets    | true
			receipt                        | documents[0].sheets    | 99999999999
			receipt                        | receivedAt             | 1795410000
			receipt                        | receivedAt             | [2026,11,23,9,0]
			receipt                        | receivedAt             | ""
			teacher-attestation/refusal    | refusal.applicationDate | 20261120
			teacher-attestation/refusal    | refusal.applicationDate | [2026,11,20]
			teacher-attestation/refusal    | refusal.grounds        | "requirements-not-met"
			teacher-attestation/refusal    | refusal.grounds[0]     | 1
			teacher-attestation/refusal    | refusal.explanation    | 5
			teacher-attestation/refusal    | refusal.explanation    | true
			teacher-attestation/refusal    | refusal.explanation.kk | ["Құжаттар толық емес."]
			home-schooling/application     | application            | ["Сәрсенбаев"]
			home-schooling/application     | application.grade      | "3"
			home-schooling/application     | application.grade      | 3.0
			home-schooling/application     | application.birthDate  | 20170203
			""")
	void refusesAValueOfTheWrongJsonType(String request, String field, String value) {
		MockHttpServletResponse answer = api.post("/api/v1/documents", with(request(request), field, value));

		assertThat(fieldsAndRules(problem(answer, 400, "/problems/invalid-request"))).containsExactly(field + ":type");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			receipt                        | kind                   | `"kind":"receipt"`
			receipt                        | applicant.fullName     | `"fullName":"Ахметов Асхат"`
			receipt                        | documents[0].code      | `"code":"application"`
			teacher-attestation/refusal    | refusal.explanation.kk | `"kk": "Ұсынылған`
			home-schooling/application     | application.grade      | `"grade": 3`
			""")
	void refusesAKeyGivenTwice(String request, String field, String member) {
		String body = request(request);
		assertThat(body).contains(member);
		String twice = body.replaceFirst(java.util.regex.Pattern.quote(member), "\"" + field.replaceAll(".*[.]", "")
				+ "\":" + (member.contains("grade") ? "4" : "\"ещё раз\"") + "," + member);

		MockHttpServletResponse answer = api.post("/api/v1/documents", twice);

		JsonNode problem = problem(answer, 400, "/problems/invalid-request");
		assertThat(fieldsAndRules(problem)).containsExactly(field + ":duplicate-key");
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("екі рет");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			receipt                        | colour
			receipt                        | applicant.middleName
			receipt                        | documents[1].colour
			teacher-attestation/refusal    | refusal.reason
			teacher-attestation/refusal    | refusal.explanation.en
			""")
	void refusesAFieldNoRequestHas(String request, String field) {
		MockHttpServletResponse answer = api.inLanguage("ru").post("/api/v1/documents", with(request(request), field, "\"x\""));

		JsonNode problem = problem(answer, 400, "/problems/invalid-request");
		assertThat(fieldsAndRules(problem)).containsExactly(field + ":unknown-field");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("Такого поля нет: проверьте его название.");
	}

	@Test
	void takesTheExplanationOfARefusalAsAStringOrInBothLanguages() {
		String inBoth = request("teacher-attestation/refusal");
		assertThat(api.post("/api/v1/documents", inBoth).getStatus()).isEqualTo(201);
		MockHttpServletResponse plain = api.post("/api/v1/documents",
				with(inBoth, "refusal.explanation", "\"Құжаттар толық емес / Документы неполные.\""));
		assertThat(plain.getStatus()).as(SliceApi.text(plain)).isEqualTo(201);
	}

	@ParameterizedTest(name = "U+{0}")
	@ValueSource(strings = { "202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", "200B", "200C",
			"200D", "2060", "FEFF", "200E", "200F", "00AD", "E0041" })
	void refusesInvisibleCharactersThatMakeThePageAndThePaperDiffer(String codePoint) {
		String invisible = Character.toString(Integer.parseInt(codePoint, 16));
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", Receipts.simple("Ахметов" + invisible + " Асхат")),
				400, "/problems/invalid-request"))).containsExactly("applicant.fullName:printable");

		String refusal = with(request("teacher-attestation/refusal"), "refusal.explanation.kk",
				Receipts.quoted("Құжаттар\nтолық емес " + invisible + "(қате)"));
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents", refusal), 400, "/problems/invalid-request")))
			.containsExactly("refusal.explanation.kk:printable");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "applicant.address", "applicant.email", "documents[0].note" })
	void refusesADirectionOverrideInEveryTextThatIsPrinted(String field) {
		String value = field.endsWith("email") ? "asel\u202Egro.elpmaxe@kz" : "Абай көшесі \u202E5-21";
		MockHttpServletResponse answer = api.post("/api/v1/documents", with(Receipts.simple("Ахметов Асхат"), field,
				"\"" + value + "\""));

		assertThat(fieldsAndRules(problem(answer, 400, "/problems/invalid-request"))).contains(field + ":printable");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "+7 701 000 00 01", "8 (7172) 12-34-56", "+77010000001", "123456789012345", "112" })
	void takesAPhoneAsPeopleWriteIt(String phone) {
		MockHttpServletResponse answer = api.post("/api/v1/documents",
				with(Receipts.simple("Ахметов Асхат"), "applicant.phone", Receipts.quoted(phone)));
		assertThat(answer.getStatus()).as(SliceApi.text(answer)).isEqualTo(201);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "1234567890123456", "+7 701 000 00 01 23456", "77777777777777777777777777777777777777777", "12",
			"+", "7+7010000001", "++77010000001", "+7 701 000 00 01 доб. 5", "+7\u00A0701\u00A00000001" })
	void refusesAPhoneOfMoreThanFifteenDigitsOrOtherSigns(String phone) {
		MockHttpServletResponse answer = api.post("/api/v1/documents",
				with(Receipts.simple("Ахметов Асхат"), "applicant.phone", "\"" + phone + "\""));
		assertThat(fieldsAndRules(problem(answer, 400, "/problems/invalid-request"))).contains("applicant.phone:phone");
	}

	@ParameterizedTest(name = "{1} = {2}")
	@CsvSource(delimiter = '|', textBlock = """
			receipt                     | receivedAt              | 0001-01-01T00:00:00+05:00       | too-old
			receipt                     | receivedAt              | -999999999-01-01T00:00:00+05:00 | type
			receipt                     | receivedAt              | +999999999-12-31T23:59:59+05:00 | not-in-future
			teacher-attestation/refusal | refusal.applicationDate | -999999999-01-01                | too-old
			teacher-attestation/refusal | refusal.applicationDate | +999999999-12-31                | not-in-future
			home-schooling/application  | application.birthDate   | -999999999-01-01                | date-range
			home-schooling/application  | application.birthDate   | +999999999-12-31                | date-range
			home-schooling/application  | application.periodTo    | 99999-01-01                     | date
			""")
	void refusesDatesOutsideASaneRange(String request, String field, String date, String rule) {
		MockHttpServletResponse answer = api.post("/api/v1/documents", with(request(request), field, "\"" + date + "\""));

		assertThat(fieldsAndRules(problem(answer, 400, "/problems/invalid-request"))).containsExactly(field + ":" + rule);
	}

	@Test
	void refusesWhatIsNotJsonInTheClerksLanguage() {
		JsonNode kk = problem(api.post("/api/v1/documents", "text/plain", "kind=receipt".getBytes()), 415,
				"/problems/unsupported-media-type");
		assertThat(kk.get("detail").asString()).contains("application/json").contains("жіберіңіз");
		JsonNode ru = problem(api.inLanguage("ru").post("/api/v1/documents", "text/plain", "kind=receipt".getBytes()), 415,
				"/problems/unsupported-media-type");
		assertThat(ru.get("detail").asString()).contains("application/json").contains("отправьте");
	}

	@Test
	void answersADocumentThatIsNotThereWith404() {
		problem(api.get("/api/v1/documents/00000000-0000-4000-8000-000000000000"), 404, "/problems/document-not-found");
		problem(api.get("/api/v1/documents/00000000-0000-4000-8000-000000000000/pdf"), 404, "/problems/document-not-found");
		problem(api.get("/api/v1/documents/not-an-id"), 400, "/problems/bad-request");
	}

	@Test
	void refusesARevocationWithAFieldItDoesNotHave() {
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents/00000000-0000-4000-8000-000000000000/revoke",
				"{\"reason\":\"other\",\"publicNote\":\"x\"}"), 400, "/problems/invalid-request")))
			.containsExactly("publicNote:unknown-field");
		assertThat(fieldsAndRules(problem(api.post("/api/v1/documents/00000000-0000-4000-8000-000000000000/revoke",
				"{\"reason\":\"other\",\"note\":\"Қате\u202Eберілді\"}"), 400, "/problems/invalid-request")))
			.containsExactly("note:printable");
	}

	@Test
	void refusesAJournalFilterItDoesNotKnow() {
		assertThat(fieldsAndRules(problem(api.get("/api/v1/documents?status=lost"), 400, "/problems/invalid-request")))
			.containsExactly("status:one-of-statuses");
		assertThat(fieldsAndRules(problem(api.get("/api/v1/documents?q=" + "ә".repeat(JournalQuery.MAX_TEXT + 1)), 400,
				"/problems/invalid-request")))
			.containsExactly("q:search-length");
		assertThat(fieldsAndRules(problem(api.get("/api/v1/documents?kind=poster"), 400, "/problems/invalid-request")))
			.containsExactly("kind:one-of-kinds");
	}

	private static String request(String name) {
		return RequestBodies.named(name);
	}

	private static JsonNode problem(MockHttpServletResponse answer, int status, String type) {
		assertThat(answer.getStatus()).as(SliceApi.text(answer)).isEqualTo(status);
		assertThat(answer.getContentType()).isEqualTo("application/problem+json");
		JsonNode problem = SliceApi.json(answer);
		assertThat(problem.get("type").asString()).isEqualTo(type);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank().doesNotStartWith("problem.");
		assertThat(SliceApi.text(answer)).doesNotContain("Exception", "at kz.", "at org.");
		return problem;
	}

	private static List<String> fieldsAndRules(JsonNode problem) {
		List<String> result = new ArrayList<>();
		problem.get("errors").forEach(error -> result.add(error.get("field").asString() + ":" + error.get("rule").asString()));
		return result;
	}
}
