package kz.qujat.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import kz.qujat.support.Api;
import kz.qujat.support.DeskTest;
import kz.qujat.support.Pdfs;
import kz.qujat.support.Receipts;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The school's papers and the complaints register in Chromium: posters, the public report and the journal saved as
 * files from a click, and the API's rules beside the fields they name when a year or a complaint breaks them.
 */
class SchoolPapersBrowserTests extends DeskTest {

	@Test
	void aClerkSavesAPosterThePublicReportAndTheJournal() {
		String applicant = "Жұмабекова Әсем Ғалымқызы " + UUID.randomUUID().toString().substring(0, 6);
		assertThat(api.post("/api/v1/documents", Receipts.simple(applicant)).statusCode()).isEqualTo(201);
		String service = Api.json(api.anonymous().get("/api/v1/services/teacher-attestation")).get("name").get("kk")
			.asString();

		browser.signIn("demo", "demo");
		browser.open("/desk/school-papers");
		assertThat(browser.heading()).isEqualTo("Мектеп құжаттары");
		assertThat(browser.text()).contains(service);
		browser.look("papers-school-papers");

		browser.driver().findElement(By.cssSelector("a[href='/desk/school-papers/posters/teacher-attestation/A4']")).click();
		String poster = Pdfs.textAsDrawn(browser.downloaded(".pdf")).replaceAll("\\s+", " ");
		assertThat(poster).contains(service.replaceAll("\\s+", " "), "МЕМЛЕКЕТТІК ҚЫЗМЕТ ПАСПОРТЫ");
		assertThat(browser.path()).as("the page stays where it is").isEqualTo("/desk/school-papers");

		assertThat(new Select(browser.field("Есеп жылы", "Год отчета")).getFirstSelectedOption().getText())
			.as("last year by default").isEqualTo("2025");
		browser.driver().findElement(By.xpath("//button[normalize-space()='Есепті жүктеп алу (PDF)']")).click();
		assertThat(Pdfs.textAsDrawn(browser.downloaded(".pdf"))).contains("2025");

		new Select(browser.field("Қызмет", "Услуга")).selectByValue("teacher-attestation");
		assertThat(browser.field("Жыл", "Год").getAttribute("value")).as("this year by default").isEqualTo("2026");
		browser.driver().findElement(By.xpath("//button[normalize-space()='CSV жүктеп алу']")).click();
		byte[] csv = browser.downloaded(".csv");
		String table = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(table.lines().findFirst()).hasValue("number,registered,applicant,documents,result,due,staff,status");
		assertThat(table).contains(applicant + ", ЖСН/ИИН 871008401427");

		browser.driver().findElement(By.xpath("//button[normalize-space()='PDF жүктеп алу']")).click();
		assertThat(Pdfs.textAsDrawn(browser.downloaded(".pdf")).replaceAll("\\s+", " ")).contains(applicant);
	}

	@Test
	void aYearOutOfRangeIsRefusedBesideItsFieldWithTheApisRule() {
		browser.signIn("demo-director", "demo");
		browser.open("/desk/school-papers/public-report?report.year=1999");
		assertThat(browser.heading()).isEqualTo("Мектеп құжаттары");
		assertThat(browser.problemOf(browser.field("Есеп жылы", "Год отчета")))
			.isEqualTo("Есеп жылы 2000 жылдан бастап ағымдағы жылға дейін болуы керек.");
		assertThat(browser.fetch("/desk/school-papers/public-report?report.year=2031").statusCode()).isEqualTo(400);

		browser.open("/desk/school-papers");
		WebElement year = browser.field("Жыл", "Год");
		year.clear();
		year.sendKeys("1999");
		submit("PDF жүктеп алу");
		year = browser.field("Жыл", "Год");
		assertThat(browser.problemOf(year)).isEqualTo("2000 мен 2100 аралығындағы жыл болуы керек.");
		assertThat(year.getAttribute("value")).as("kept as typed").isEqualTo("1999");
		assertThat(browser.problemOf(browser.field("Есеп жылы", "Год отчета"))).as("the other form's field").isEmpty();
		browser.look("papers-school-papers-wrong-year");

		browser.open("/desk/school-papers/public-report?report.year=2031&lang=ru");
		assertThat(browser.problemOf(browser.field("Есеп жылы", "Год отчета"))).isEqualTo("Год отчета — от 2000 до текущего.");
		browser.look("papers-school-papers-wrong-year-ru");
	}

	@Test
	void aComplaintAddedIsListedFirstInItsYear() {
		assertThat(api.post("/api/v1/complaints", """
				{"receivedOn":"2026-10-05","summary":"Бұрынғы шағым"}
				""").statusCode()).isEqualTo(201);
		String summary = "Қолхат кешікті: " + Receipts.ALL_KAZAKH_LETTERS + " " + UUID.randomUUID();

		browser.signIn("demo", "demo");
		browser.open("/desk/complaints");
		assertThat(browser.heading()).isEqualTo("Шағымдар");
		assertThat(browser.field("Келіп түскен күні", "Дата поступления").getAttribute("value")).isEqualTo("2026-11-23");
		browser.look("papers-complaints");

		new Select(browser.field("Қызмет", "Услуга")).selectByValue("school-admission");
		browser.field("Шағымның мазмұны", "Содержание жалобы").sendKeys(summary);
		browser.field("Қарау нәтижесі", "Результат рассмотрения").sendKeys("Түсініктеме берілді.");
		browser.field("Негізді", "Обоснована").click();
		submit("Шағымды тіркеу");

		browser.waitFor(By.cssSelector(".notice.done"));
		assertThat(browser.text()).contains("Шағым тіркелді.");
		assertThat(browser.path()).isEqualTo("/desk/complaints?year=2026");
		List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.list tbody tr"));
		assertThat(rows.get(0).getText()).contains("23.11.2026", summary, "Түсініктеме берілді.", "Негізді");
		assertThat(rows).anySatisfy(row -> assertThat(row.getText()).contains("05.10.2026", "Бұрынғы шағым", "Қаралуда"));
		assertThat(Api.text(api.get("/api/v1/complaints?year=2026"))).contains(summary, "\"justified\":true");
		browser.look("papers-complaints-recorded");
	}

	@Test
	void aComplaintThatBreaksTheRulesIsShownBackWithThemAndMarkupStaysText() {
		String markup = "<script>alert(1)</script> <b>қалың</b> ${7*7} " + UUID.randomUUID();
		browser.signIn("demo", "demo");
		browser.open("/desk/complaints");
		browser.field("Қарау нәтижесі", "Результат рассмотрения").sendKeys(markup);
		browser.script("arguments[0].value = '2026-12-31'", browser.field("Келіп түскен күні", "Дата поступления"));
		submit("Шағымды тіркеу");

		assertThat(browser.problemOf(browser.field("Шағымның мазмұны", "Содержание жалобы"))).isEqualTo("Толтыру міндетті.");
		assertThat(browser.field("Қарау нәтижесі", "Результат рассмотрения").getAttribute("value")).isEqualTo(markup);
		assertThat(browser.text()).contains("Шағым тіркелмеді: белгіленген өрістерді түзетіңіз.");
		browser.look("papers-complaints-invalid");

		browser.field("Шағымның мазмұны", "Содержание жалобы").sendKeys("Кешікті\u2067 жауап");
		submit("Шағымды тіркеу");
		assertThat(browser.problemOf(browser.field("Шағымның мазмұны", "Содержание жалобы")))
			.startsWith("Басқару таңбалары");

		WebElement summary = browser.field("Шағымның мазмұны", "Содержание жалобы");
		summary.clear();
		summary.sendKeys(markup);
		submit("Шағымды тіркеу");
		assertThat(browser.problemOf(browser.field("Келіп түскен күні", "Дата поступления")))
			.isEqualTo("Құжаттарды қабылдау уақыты болашақта болмауы керек.");

		browser.script("arguments[0].value = '2026-11-20'", browser.field("Келіп түскен күні", "Дата поступления"));
		submit("Шағымды тіркеу");
		browser.waitFor(By.cssSelector(".notice.done"));
		assertThat(browser.text()).contains(markup);
		assertThat(browser.driver().findElements(By.cssSelector("table.list b, table.list script"))).isEmpty();

		browser.open("/desk/complaints?year=1999");
		assertThat(browser.problemOf(browser.field("Жыл", "Год"))).isEqualTo("2000 мен 2100 аралығындағы жыл болуы керек.");
		browser.look("papers-complaints-wrong-year");
	}

	/** Clicks the button that reads {@code text} and waits for the page it leads to. */
	private void submit(String text) {
		WebElement button = browser.driver().findElement(By.xpath("//button[normalize-space()='" + text + "']"));
		button.click();
		browser.waiting().until(ExpectedConditions.stalenessOf(button));
	}
}
