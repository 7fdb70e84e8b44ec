package kz.qujat.printing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import kz.qujat.support.Api;
import kz.qujat.support.DeskTest;
import kz.qujat.support.IppEverywherePrinter;
import kz.qujat.support.Receipts;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

/**
 * Printing from the desk to CUPS's IPP printer emulator, in Chromium: the director adds the printer on the printers
 * page (an address that is not IPP refused next to its field, with what was typed kept), a clerk prints a receipt
 * from its page and follows the job to completed, on that page and on the jobs page, and the printer has received
 * the stored PDF byte for byte; two papers ticked in the journal print as one job, behind a cover sheet; a job
 * waiting for a printer switched off is canceled from the jobs page.
 */
class PrintingBrowserTests extends DeskTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private IppEverywherePrinter reception;

	@BeforeAll
	void switchOnThePrinter() {
		reception = IppEverywherePrinter.start("DeskReception");
	}

	@AfterAll
	void switchOffThePrinter() {
		reception.close();
	}

	@Test
	void theDirectorAddsThePrinterAndAClerkPrintsAReceiptFromItsPage() throws Exception {
		browser.signIn("demo-director", "demo");
		browser.open("/desk/printers");
		assertThat(browser.heading()).isEqualTo("Мектептің принтерлері");
		browser.field("Атауы", "Название").sendKeys("Қабылдау бөлмесі");
		browser.field("IPP мекенжайы", "Адрес IPP").sendKeys("http://localhost:" + port + "/");
		browser.submit(addButton());

		WebElement uri = browser.field("IPP мекенжайы", "Адрес IPP");
		assertThat(browser.problemOf(uri)).startsWith("Принтердің мекенжайы ipp://");
		assertThat(uri.getDomProperty("value")).isEqualTo("http://localhost:" + port + "/");
		assertThat(browser.field("Атауы", "Название").getDomProperty("value")).isEqualTo("Қабылдау бөлмесі");
		browser.look("printing-printers-refused");

		uri.clear();
		uri.sendKeys(reception.uri());
		browser.field("Мектептің әдепкі принтері", "Принтер школы по умолчанию").click();
		browser.submit(addButton());

		assertThat(browser.text()).contains("Қабылдау бөлмесі принтері қосылды.");
		WebElement row = browser.driver().findElement(By.xpath("//tr[td[starts-with(normalize-space(.), 'Қабылдау бөлмесі')]]"));
		assertThat(row.getText()).contains("Әдепкі", reception.uri(), "Дайын");
		browser.look("printing-printers");
		row.findElement(By.partialLinkText("Өзгерту")).click();
		assertThat(browser.field("IPP мекенжайы", "Адрес IPP").getDomProperty("value")).isEqualTo(reception.uri());
		browser.look("printing-printer");
		browser.submit(browser.driver().findElement(By.cssSelector("#printer button[type=submit]")));
		assertThat(browser.text()).contains("Қабылдау бөлмесі принтері сақталды.");
		browser.signOut();

		HttpResponse<byte[]> issued = api.post("/api/v1/documents", Receipts.simple("Сейітова Айгерім Нұрланқызы"));
		assertThat(issued.statusCode()).as(Api.text(issued)).isEqualTo(201);
		String document = Api.json(issued).get("id").asString();
		browser.signIn("demo", "demo");
		assertThat(browser.fetch("/desk/printers").statusCode()).as("the printers are the director's").isEqualTo(403);
		browser.open("/desk/papers/" + document);
		Select printer = new Select(browser.field("Принтер", "Принтер"));
		assertThat(printer.getFirstSelectedOption().getText()).as("the school's default").isEqualTo("Қабылдау бөлмесі");
		assertThat(browser.driver().findElements(By.cssSelector("[data-print]"))).as("the browser's dialog stays")
			.hasSize(1);
		WebElement copies = browser.field("Дана саны", "Число копий");
		copies.sendKeys("0");
		browser.submit(printButton());

		copies = browser.field("Дана саны", "Число копий");
		assertThat(browser.problemOf(copies)).isEqualTo("Дана саны 1 мен 99 аралығында болуы керек.");
		assertThat(copies.getDomProperty("value")).isEqualTo("0");
		browser.look("printing-paper-refused");

		copies.clear();
		browser.submit(printButton());

		String job = URI.create(browser.driver().getCurrentUrl()).getQuery().replace("job=", "");
		assertThat(browser.text()).contains("Тапсырма принтерге жіберілді.");
		browser.waiting(WAIT).until(driver -> driver.findElement(By.id("print-job")).getText().contains("Басылды"));
		assertThat(browser.driver().findElement(By.id("print-job")).getText()).contains("Қабылдау бөлмесі", "Дана: 2");
		browser.look("printing-paper");

		browser.open("/desk/print-jobs");
		assertThat(browser.heading()).isEqualTo("Басып шығару тапсырмалары");
		WebElement listed = browser.driver().findElement(By.id("job-" + job));
		assertThat(listed.getText()).contains(Api.json(issued).get("number").asString(), "Қабылдау бөлмесі", "Басылды");
		assertThat(listed.findElements(By.tagName("button"))).as("a finished job is not canceled").isEmpty();
		browser.look("printing-jobs");

		assertThat(Files.readAllBytes(reception.received(job)))
			.isEqualTo(api.get("/api/v1/documents/" + document + "/pdf").body());
		assertThat(reception.attributes(reception.received(job))).containsEntry("IPP_COPIES", "2");
	}

	@Test
	void aClerkPrintsTwoPapersTickedInTheJournalAsOneJob() throws Exception {
		HttpResponse<byte[]> added = api.as("demo-director", "demo").post("/api/v1/school/printers",
				"{\"name\":\"Журнал принтері\",\"uri\":\"" + reception.uri() + "\"}");
		assertThat(added.statusCode()).as(Api.text(added)).isEqualTo(201);
		JsonNode first = Api.json(api.post("/api/v1/documents", Receipts.simple("Бақытжанова Дана Ерланқызы")));
		JsonNode second = Api.json(api.post("/api/v1/documents", Receipts.simple("Жақсылықов Арман Серікұлы")));
		browser.signIn("demo", "demo");
		browser.open("/desk/journal");
		new Select(browser.field("Принтер", "Принтер")).selectByVisibleText("Журнал принтері");
		browser.driver().findElement(By.id("pick-" + first.get("id").asString())).click();
		browser.driver().findElement(By.id("pick-" + second.get("id").asString())).click();
		browser.look("printing-journal");
		browser.submit(browser.driver().findElement(By.cssSelector("#journal-print button[value=selected]")));

		assertThat(browser.path()).isEqualTo("/desk/print-jobs");
		assertThat(browser.text()).contains("2 құжат Журнал принтері принтеріне бір тапсырма болып жіберілді.");
		List<WebElement> batches = browser.driver().findElements(By.xpath("//section[@id='print-jobs']//tr[td[contains(., '"
				+ first.get("number").asString() + "')]]"));
		assertThat(batches).as("one job holds both papers").hasSize(1);
		String job = batches.get(0).getDomAttribute("id").substring("job-".length());
		assertThat(batches.get(0).getText()).contains(second.get("number").asString(), "Журнал принтері", "Топтама, 2");
		browser.waiting(WAIT).until(driver -> driver.findElement(By.id("job-" + job)).getText().contains("Басылды"));
		browser.look("printing-jobs-batch");

		browser.open("/desk/journal");
		browser.submit(browser.driver().findElement(By.cssSelector("#journal-print button[value=today-receipts]")));
		assertThat(browser.driver().findElement(By.cssSelector("p.notice.done")).getText())
			.as("today's receipts, this test's two among them")
			.matches("([2-9]|\\d{2,}) құжат .+ принтеріне бір тапсырма болып жіберілді\\.");

		int pages = 1 + pages(api.get("/api/v1/documents/" + first.get("id").asString() + "/pdf").body())
				+ pages(api.get("/api/v1/documents/" + second.get("id").asString() + "/pdf").body());
		try (PDDocument received = Loader.loadPDF(Files.readAllBytes(reception.received(job)))) {
			assertThat(received.getNumberOfPages()).as("the cover and both receipts, one-sided").isEqualTo(pages);
		}
	}

	@Test
	void aClerkCancelsAJobWaitingForAPrinterSwitchedOff() {
		HttpResponse<byte[]> added = api.as("demo-director", "demo").post("/api/v1/school/printers",
				"{\"name\":\"Дәліз принтері\",\"uri\":\"" + reception.uri() + "\"}");
		String printer = Api.json(added).get("id").asString();
		String document = Api.json(api.post("/api/v1/documents", Receipts.simple("Нұрғалиева Сәуле Маратқызы")))
			.get("id").asString();
		reception.stop();
		try {
			String job = Api.json(api.post("/api/v1/documents/" + document + "/print",
					"{\"printer\":\"" + printer + "\"}")).get("id").asString();
			browser.signIn("demo", "demo");
			browser.open("/desk/print-jobs");
			browser.waiting(WAIT).until(driver -> driver.findElement(By.id("job-" + job)).getText().contains("Принтерді күтуде"));
			assertThat(browser.driver().findElement(By.id("job-" + job)).getText())
				.contains("Принтер жауап бермейді; қайта қосылғанда жіберіледі");

			String asked = browser.submitConfirming(browser.driver().findElement(By.cssSelector("#job-" + job + " button")));

			assertThat(asked).startsWith("ATT-").endsWith("басып шығаруды болдырмау керек пе?");
			assertThat(browser.text()).contains("Тапсырмадан бас тартылды.");
			assertThat(browser.driver().findElement(By.id("job-" + job)).getText()).contains("Бас тартылды",
					"Қызметкер бас тартты");
		}
		finally {
			reception.start();
		}
	}

	private static int pages(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	private WebElement addButton() {
		return browser.driver().findElement(By.cssSelector("#new-printer button[type=submit]"));
	}

	private WebElement printButton() {
		return browser.driver().findElement(By.cssSelector("#print button[type=submit]"));
	}
}
