package kz.qujat.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import kz.qujat.support.Api;
import kz.qujat.support.Pdfs;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Refusals, applications, previews and the choice of languages, for the teacher-attestation service. */
class DocumentKindsIntegrationTests extends ServiceTest {

	static final String REFUSAL = """
			{"kind":"refusal","service":"teacher-attestation",
			 "applicant":{"fullName":"Омарова Ләззат Серікқызы","iin":"760212350620","address":"Жұлдыз ауылы, Абай көшесі, 5"},
			 "refusal":{"applicationDate":"2026-11-20","grounds":["requirements-not-met","no-personal-data-consent"],
			   "explanation":%s}}""";

	static final String APPLICATION = """
			{"kind":"application","service":"teacher-attestation",%s
			 "applicant":{"fullName":"Омарова Ләззат Серікқызы","iin":"760212350620"},
			 "application":{"action":"assign","category":"moderator","position":"бастауыш сынып мұғалімі",
			   "workplace":"№ 7 жалпы білім беретін мектеп"%s}}""";

	@Test
	void aRefusalQuotesTheCatalogsGroundsVerbatimAndIsNumberedInTheServicesJournal() {
		JsonNode services = Api.json(api.anonymous().get("/api/v1/services/teacher-attestation"));
		String groundKk = services.get("refusalGrounds").get(1).get("kk").asString();
		String groundRu = services.get("refusalGrounds").get(1).get("ru").asString();
		String consentKk = services.get("refusalGrounds").get(2).get("kk").asString();

		int receipt = sequence(Api.json(api.post("/api/v1/documents", kz.qujat.support.Receipts.simple("Алдыңғы Өтініш"))));
		HttpResponse<byte[]> created = api.post("/api/v1/documents", REFUSAL.formatted("""
				{"kk":"Біліктілікті арттыру сертификаты ұсынылмады.","ru":"Не представлен сертификат о повышении квалификации."}"""));
		assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
		JsonNode refusal = Api.json(created);
		assertThat(refusal.get("kind").asString()).isEqualTo("refusal");
		assertThat(sequence(refusal)).isEqualTo(receipt + 1);

		byte[] pdf = api.get(refusal.get("pdfUrl").asString()).body();
		String text = Pdfs.textAsDrawn(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains(groundKk.replaceAll("\\s+", " "), groundRu.replaceAll("\\s+", " "),
				consentKk.replaceAll("\\s+", " "))
			.contains("Біліктілікті арттыру сертификаты ұсынылмады.", "Не представлен сертификат о повышении квалификации.")
			.contains("2026 жылғы 20 қарашадағы", "от 20 ноября 2026 г.", "Омарова Ләззат Серікқызы", "Жұлдыз ауылы, Абай көшесі, 5")
			.contains("Әкімшілік рәсімдік-процестік кодексінде", "Административным процедурно-процессуальным кодексом")
			.contains("Серікбаева Гүлнар Мұратқызы", "до 23 ноября 2026 г.", refusal.get("number").asString());
		assertThat(Pdfs.pages(pdf)).isEqualTo(1);
		assertThat(Pdfs.qrCode(pdf, 0, 150)).isEqualTo(refusal.get("verifyUrl").asString());
		assertThat(Api.json(api.anonymous().get("/api/v1/verify/" + refusal.get("verificationCode").asString()))
			.get("kindName").get("ru").asString()).isEqualTo("Мотивированный отказ в оказании государственной услуги");
	}

	@Test
	void aPlainStringExplanationIsPrintedAsWrittenAndALongOneFlowsOntoASecondPage() {
		String paragraph = "Ұсынылған еңбек кітапшасының көшірмесінде 2019–2024 жылдардағы жұмыс орны туралы жазба жоқ, "
				+ "ал аттестаттау қағидаларының талаптарына сәйкес педагогтің соңғы бес жылдағы еңбек өтілі расталуы тиіс. ";
		String longExplanation = (paragraph.repeat(3) + "\\n").repeat(6) + "Соңғы жол.";
		JsonNode refusal = Api.json(api.post("/api/v1/documents", REFUSAL.formatted("\"" + longExplanation + "\"")));
		byte[] pdf = api.get(refusal.get("pdfUrl").asString()).body();

		assertThat(Pdfs.pages(pdf)).isGreaterThanOrEqualTo(2);
		assertThat(Pdfs.textAsDrawn(pdf).replaceAll("\\s+", " ")).contains(paragraph.strip()).contains("Соңғы жол.");
		assertThat(Pdfs.text(pdf, 2)).contains("№ " + refusal.get("number").asString())
			.contains("Мемлекеттік қызметті көрсетуден дәлелді бас тарту");
	}

	@Test
	void theAttestationApplicationFollowsTheFormAndLeavesWhatIsMissingForTheHand() {
		JsonNode application = Api.json(api.post("/api/v1/documents", APPLICATION.formatted("", "")));
		byte[] pdf = api.get(application.get("pdfUrl").asString()).body();
		String text = Pdfs.textAsDrawn(pdf);

		assertThat(Pdfs.pages(pdf)).isEqualTo(1);
		assertThat(text).contains("Аттестаттау комиссиясының төрағасына", "Педагогтің аттестаттаудан өтуге өтініші",
				"Председателю аттестационной комиссии", "Заявление педагога на прохождение аттестации",
				"Омарова Ләззат Серікқызы", "ЖСН 760212350620", "бастауыш сынып мұғалімі", "беру", "педагог-модератор",
				"присвоение", "Біліктілік санатын беру/растау тәртібімен таныстым",
				"С порядком присвоения/подтверждения квалификационной категории ознакомлен(а)");

		JsonNode full = Api.json(api.post("/api/v1/documents", APPLICATION.formatted("\"languages\":[\"ru\"],", """
				,"email":"lazzat@example.kz","year":2027,"specialty":"учитель начальных классов","currentCategory":"second",
				"currentCategoryValidUntil":"2027-05-31","organization":"КГУ «Школа № 7»\"""")));
		String russian = Pdfs.textAsDrawn(api.get(full.get("pdfUrl").asString()).body());
		assertThat(russian).contains("lazzat@example.kz", "2027", "учитель начальных классов", "вторая категория",
				"31 мая 2027 г.", "КГУ «Школа № 7»").doesNotContain("Педагогтің аттестаттаудан өтуге өтініші");
	}

	@Test
	void printsOnlyTheChosenLanguage() {
		String receipt = kz.qujat.support.Receipts.simple("Тілдер Тесті");
		String kazakh = Pdfs.text(api.get(Api.json(api.post("/api/v1/documents",
				receipt.replace("\"channel\":\"paper\",", "\"channel\":\"paper\",\"languages\":[\"kk\"],"))).get("pdfUrl")
			.asString()).body());
		String russian = Pdfs.text(api.get(Api.json(api.post("/api/v1/documents",
				receipt.replace("\"channel\":\"paper\",", "\"channel\":\"paper\",\"languages\":[\"ru\"],"))).get("pdfUrl")
			.asString()).body());

		assertThat(kazakh).contains("ҚҰЖАТТАРДЫ ҚАБЫЛДАУ ТУРАЛЫ ҚОЛХАТ", "Өтініш", "бет")
			.doesNotContain("РАСПИСКА", "Заявление", "стр.", "КГУ «Общеобразовательная школа");
		assertThat(russian).contains("РАСПИСКА О ПРИЕМЕ ДОКУМЕНТОВ", "Заявление", "стр.", "КГУ «Общеобразовательная школа")
			.doesNotContain("ҚОЛХАТ", "Өтініш", "бет ");
	}

	@Test
	void aPreviewIsMarkedAsASampleAndNeitherNumberedNorStored() {
		int before = journal().size();
		HttpResponse<byte[]> preview = api.post("/api/v1/documents/preview", REFUSAL.formatted("\"Түсіндірме.\""));

		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(preview.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		String text = Pdfs.text(preview.body());
		assertThat(text).contains("ҮЛГІ", "ОБРАЗЕЦ", "Түсіндірме.").doesNotContain("ATT-2026");
		assertThat(journal()).hasSize(before);

		assertThat(api.post("/api/v1/documents/preview", REFUSAL.formatted("{}")).statusCode()).isEqualTo(400);
	}

	@Test
	void aRequestThatMixesKindsWronglyNamesTheField() {
		String noGrounds = REFUSAL.formatted("\"x\"").replace("\"grounds\":[\"requirements-not-met\",\"no-personal-data-consent\"],", "");
		assertThat(errors(api.post("/api/v1/documents", noGrounds))).containsExactly("refusal.grounds:required");

		String foreignGround = REFUSAL.formatted("\"x\"").replace("requirements-not-met", "child-too-young");
		assertThat(errors(api.post("/api/v1/documents", foreignGround))).containsExactly("refusal.grounds[0]:unknown-ground");

		assertThat(errors(api.post("/api/v1/documents", REFUSAL.formatted("{\"kk\":\"  \"}"))))
			.containsExactly("refusal.explanation:required");

		String refusalAsReceipt = REFUSAL.formatted("\"x\"").replace("\"kind\":\"refusal\"", "\"kind\":\"receipt\"");
		assertThat(errors(api.post("/api/v1/documents", refusalAsReceipt)))
			.containsExactlyInAnyOrder("documents:required", "refusal:not-for-kind");

		String noCategory = APPLICATION.formatted("", "").replace("\"category\":\"moderator\",", "");
		assertThat(errors(api.post("/api/v1/documents", noCategory))).containsExactly("application.category:required");

		String badFields = APPLICATION.formatted("\"languages\":[\"en\"],",
				",\"email\":\"not-an-address\",\"year\":1999,\"currentCategoryValidUntil\":\"31.05.2027\",\"colour\":\"blue\"")
			.replace("\"moderator\"", "\"grandmaster\"");
		assertThat(errors(api.post("/api/v1/documents", badFields))).containsExactlyInAnyOrder("languages:one-of-languages",
				"application.colour:unknown-field", "application.category:one-of-options", "application.email:email",
				"application.year:range", "application.currentCategoryValidUntil:date");

		String applicationWithDocuments = APPLICATION.formatted("\"documents\":[{\"code\":\"essay\"}],", "");
		assertThat(errors(api.post("/api/v1/documents", applicationWithDocuments))).containsExactly("documents:not-for-kind");
	}

	private List<JsonNode> journal() {
		List<JsonNode> entries = new ArrayList<>();
		Api.json(api.get("/api/v1/documents?limit=1000")).forEach(entries::add);
		return entries;
	}

	private static List<String> errors(HttpResponse<byte[]> answer) {
		assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(400);
		List<String> errors = new ArrayList<>();
		Api.json(answer).get("errors").forEach(e -> errors.add(e.get("field").asString() + ":" + e.get("rule").asString()));
		return errors;
	}

	private static int sequence(JsonNode document) {
		String number = document.get("number").asString();
		return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
	}
}
