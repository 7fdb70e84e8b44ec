package kz.qujat.issuance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import kz.qujat.support.Api;
import kz.qujat.support.DeskTest;
import kz.qujat.support.Pdfs;
import kz.qujat.support.Receipts;
import kz.qujat.support.TestClock;
import kz.qujat.support.TestSchools;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk's forms for an applicant's papers in Chromium: a receipt from the service's checklist to its preview, the
 * issued paper's page, its download, the public page its QR code opens, and its revocation from the journal; a refusal; an application; the API's
 * message on a wrong IIN as it is typed and on submit; the whole receipt from the keyboard; another school's paper.
 */
class DocumentsBrowserTests extends DeskTest {

	private static final String NASTY_NAME = "Әәбғқңөұүһі ӘБҒҚҢӨҰҮҺІ <b>${x}</b>";

	@Autowired
	TestSchools testSchools;

	@BeforeEach
	void mondayMorning() {
		clock.set(TestClock.MONDAY_MORNING);
	}

	@Test
	void aReceiptWithThreeDocumentsIsPreviewedIssuedDownloadedAndVerified() {
		browser.signIn("demo", "demo");
		browser.open("/desk/papers/new/receipt");
		assertThat(browser.heading()).isEqualTo("Қолхат беру");
		browser.look("documents-receipt-choose");

		new Select(browser.field("Мемлекеттік қызмет", "Государственная услуга")).selectByValue("teacher-attestation");
		browser.waitFor(By.id("paper-form"));
		assertThat(browser.text()).contains("Құжаттар қабылданды деп есептеледі", "23.11.2026 10:00");
		browser.field("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество").sendKeys("Жұмабекова Әсел Қуанышқызы");
		browser.field("ЖСН", "ИИН").sendKeys("800416300257");
		take(0, "true", "1", null);
		take(1, "false", "2", null);
		take(2, "false", "3", "3 мақтау қағазы");
		browser.look("documents-receipt-form");
		browser.script("arguments[0].value = '2026-11-21T15:00'; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
				browser.field("Құжаттар тапсырылған уақыт", "Когда сданы документы"));
		browser.waitUntilText(By.id("term"), "жұмыс уақытынан тыс тапсырылды");
		assertThat(browser.driver().findElement(By.id("term")).getText()).as("Saturday's documents count from Monday")
			.contains("23.11.2026 09:00", "24.11.2026");

		browser.submit(button("Үлгіні көру"));
		WebElement frame = browser.waitFor(By.cssSelector("iframe.pdf"));
		HttpResponse<byte[]> preview = browser.fetch(URI.create(frame.getDomAttribute("src")).toString());
		assertThat(preview.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(Pdfs.text(preview.body())).contains("ҮЛГІ", "ОБРАЗЕЦ", "Жұмабекова Әсел Қуанышқызы", "3 мақтау қағазы");
		assertThat(browser.field("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество").getDomProperty("value"))
			.as("the form is kept beside its preview").isEqualTo("Жұмабекова Әсел Қуанышқызы");
		browser.look("documents-receipt-preview");

		browser.submit(button("Беру"));
		browser.waitFor(By.cssSelector(".paper-facts"));
		assertThat(browser.path()).matches("/desk/papers/[0-9a-f-]{36}");
		String number = browser.driver().findElement(By.cssSelector("dd.number")).getText();
		assertThat(number).matches("ATT-2026-\\d+");
		assertThat(browser.heading()).isEqualTo("Қолхат " + number);
		assertThat(browser.text()).contains("Құжат тіркелді және берілді.", "Берілді", "Жұмабекова Әсел Қуанышқызы");
		assertThat(browser.driver().findElement(By.cssSelector("figure.qr img")).getDomProperty("naturalWidth"))
			.as("the QR code is drawn").isNotEqualTo("0");
		assertThat(browser.driver().findElement(By.cssSelector("button[data-print]")).getDomAttribute("data-print"))
			.endsWith("/pdf?inline");
		assertThat(browser.driver().findElement(By.linkText("Күшін жою")).getDomAttribute("href")).endsWith("/revoke");
		String link = browser.driver().findElement(By.id("verification-link")).getText();
		browser.look("documents-paper");

		browser.driver().findElement(By.linkText("Жүктеп алу")).click();
		byte[] pdf = browser.downloaded(".pdf");
		assertThat(Pdfs.text(pdf)).contains(number).doesNotContain("ОБРАЗЕЦ");
		String url = Pdfs.qrCode(pdf, 0, 200);
		assertThat(url).isEqualTo(link);
		browser.open(URI.create(url).getPath());
		assertThat(browser.text()).contains("Құжат түпнұсқа және күшінде", number);

		// the same paper, found in the journal and revoked there: the QR code's page says so from then on
		browser.open("/desk/journal");
		browser.driver().findElement(By.xpath("//tr[.//a[normalize-space(.)='" + number + "']]//a[contains(@class, 'revoke')]"))
			.click();
		browser.field("Қателікпен берілген / Выдан ошибочно", "").click();
		browser.field("Бұл әрекетті болдырмау мүмкін емес екенін түсінемін", "").click();
		browser.submitConfirming(browser.driver().findElement(By.cssSelector("form#revoke button[type=submit]")));
		assertThat(browser.waitFor(By.cssSelector(".notice.done")).getText()).contains(number);
		browser.open(URI.create(url).getPath());
		assertThat(browser.text()).contains("Құжаттың күші жойылған", number);
	}

	@Test
	void aRefusalIsIssuedOnTheServicesGrounds() {
		browser.signIn("demo-director", "demo");
		browser.open("/desk/papers/new/refusal?service=teacher-attestation");
		assertThat(browser.field("Өтініш берілген күн", "Дата заявления").getDomProperty("value")).isEqualTo("2026-11-23");
		browser.field("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество").sendKeys("Жұмабекова Әсел Қуанышқызы");
		browser.field("ЖСН", "ИИН").sendKeys("800416300257");
		browser.field("Мекенжайы", "Адрес").sendKeys("Жұлдыз ауылы, Бейбітшілік көшесі, 3");
		browser.driver().findElement(By.id("f-refusal-grounds-0")).click();
		browser.field("Түсіндірме қазақша", "Пояснение на казахском").sendKeys("Құжаттар толық емес.");
		browser.field("Түсіндірме орысша", "Пояснение на русском").sendKeys("Пакет документов неполный.");
		browser.look("documents-refusal-form");

		browser.submit(button("Беру"));
		browser.waitFor(By.cssSelector(".paper-facts"));
		assertThat(browser.heading()).startsWith("Дәлелді бас тарту ATT-2026-");
		browser.look("documents-refusal-issued");
		byte[] pdf = browser.fetch(browser.path() + "/pdf").body();
		assertThat(Pdfs.text(pdf)).contains("Құжаттар толық емес.", "Пакет документов неполный.");
	}

	@Test
	void anApplicationIsIssuedFromTheCatalogsForm() {
		browser.signIn("demo", "demo");
		browser.open("/desk/papers/new/application?service=school-admission");
		browser.field("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество").sendKeys("Сәрсенбаева Гүлмира Болатқызы");
		browser.field("ЖСН", "ИИН").sendKeys("871008401427");
		browser.look("documents-application-form");

		browser.submit(button("Беру"));
		assertThat(browser.driver().findElements(By.cssSelector(".field.invalid"))).as("the form's required fields")
			.isNotEmpty();
		browser.look("documents-application-problems");
		browser.driver().findElement(By.id("f-application-childFullName")).sendKeys("Сәрсенбаев Нұрсұлтан Ерланұлы");
		browser.driver().findElement(By.id("f-application-childIin")).sendKeys("061211600012");
		browser.script("arguments[0].value = '2019-05-14'", browser.driver().findElement(By.id("f-application-birthDate")));
		browser.driver().findElement(By.id("f-application-grade")).sendKeys("1");
		new Select(browser.driver().findElement(By.id("f-application-language"))).selectByValue("kazakh");
		browser.driver().findElement(By.id("f-application-address")).sendKeys("Жұлдыз ауылы, Абай көшесі, 5");
		browser.submit(button("Беру"));
		browser.waitFor(By.cssSelector(".paper-facts"));
		assertThat(browser.heading()).startsWith("Өтініш ");
		assertThat(Pdfs.text(browser.fetch(browser.path() + "/pdf").body())).contains("Сәрсенбаев Нұрсұлтан Ерланұлы");
	}

	@Test
	void aWrongIinIsToldAsItIsTypedAndOnSubmitWithEverythingKept() {
		browser.signIn("demo", "demo");
		browser.open("/desk/papers/new/receipt?service=teacher-attestation");
		WebElement name = browser.field("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество");
		name.sendKeys(NASTY_NAME);
		WebElement iin = browser.field("ЖСН", "ИИН");
		iin.sendKeys("800416300258");
		browser.waitUntilText(By.id("f-applicant-iin-problem"), "ЖСН-нің бақылау цифры сәйкес келмейді: нөмірді тексеріңіз.");
		take(1, "false", "2", "<i>${y}</i>");
		browser.driver().findElement(By.cssSelector("button[value='another-1']")).click();
		browser.waitFor(By.id("f-documents-2-note")).sendKeys("<i>${y}</i>");
		assertThat(browser.driver().findElement(By.id("f-documents-2-taken")).isSelected()).as("the new row is taken").isTrue();
		assertThat(browser.field("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество").getDomProperty("value"))
			.as("adding a row keeps what was typed").isEqualTo(NASTY_NAME);
		browser.look("documents-receipt-iin-typed");

		browser.submit(button("Үлгіні көру"));
		browser.waitFor(By.cssSelector(".field.invalid"));
		iin = browser.field("ЖСН", "ИИН");
		assertThat(browser.problemOf(iin)).isEqualTo("ЖСН-нің бақылау цифры сәйкес келмейді: нөмірді тексеріңіз.");
		assertThat(iin.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(iin.getDomProperty("value")).isEqualTo("800416300258");
		assertThat(browser.field("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество").getDomProperty("value"))
			.isEqualTo(NASTY_NAME);
		assertThat(browser.driver().findElement(By.id("f-documents-1-taken")).isSelected()).isTrue();
		assertThat(browser.driver().findElement(By.id("f-documents-1-note")).getDomProperty("value")).isEqualTo("<i>${y}</i>");
		assertThat(browser.driver().findElement(By.id("f-documents-1-sheets")).getDomProperty("value")).isEqualTo("2");
		assertThat(browser.driver().findElement(By.id("f-documents-2-code-problem")).getText())
			.as("the request's documents[1] is the checklist's third row")
			.isEqualTo("Бұл құжат тізімде екінші рет көрсетілген; бір кодтағы бірнеше құжатты note арқылы ажыратыңыз.");
		assertThat(browser.driver().findElements(By.cssSelector("main b, main i"))).as("HTML typed stays text").isEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("iframe.pdf"))).as("no preview of a wrong form").isEmpty();
		assertThat(status("issue")).as("the form sent back").isEqualTo(400L);
		browser.look("documents-receipt-iin-submitted");

		browser.driver().findElement(By.linkText("Русский")).click();
		assertThat(browser.heading()).isEqualTo("Выдача расписки");
	}

	@Test
	void theWholeReceiptIsIssuedFromTheKeyboard() {
		browser.open("/");
		keys("demo", Keys.TAB, "demo", Keys.ENTER);
		browser.waitFor(By.cssSelector("form.sign-out"));
		tabTo(By.linkText("Қолхат"));
		keys(Keys.ENTER);
		browser.waitFor(By.id("f-service"));
		tabTo(By.id("f-service"));
		keys(Keys.ARROW_DOWN);
		browser.waitFor(By.id("paper-form"));
		tabTo(By.id("f-applicant-fullName"));
		keys("Тоқтарова Айгүл Серікқызы", Keys.TAB, "871008401427");
		for (int row = 0; row < 3; row++) {
			tabTo(By.id("f-documents-" + row + "-taken"));
			keys(Keys.SPACE, Keys.TAB, Keys.ARROW_DOWN, Keys.TAB, String.valueOf(row + 1));
		}
		browser.look("documents-receipt-keyboard");
		tabTo(By.xpath("//main//button[@value='preview']"));
		keys(Keys.ENTER);
		browser.waitFor(By.cssSelector("iframe.pdf"));
		tabTo(By.xpath("//main//button[@value='issue']"));
		keys(Keys.ENTER);
		browser.waitFor(By.cssSelector(".paper-facts"));
		assertThat(browser.text()).contains("Құжат тіркелді және берілді.", "Тоқтарова Айгүл Серікқызы");
		tabTo(By.linkText("Жүктеп алу"));
		keys(Keys.ENTER);
		assertThat(Pdfs.text(browser.downloaded(".pdf"))).contains("Тоқтарова Айгүл Серікқызы");
	}

	@Test
	void anotherSchoolsPaperIsNotFound() {
		TestSchools.Made other = testSchools.create("documents-desk-stranger", List.of("teacher-attestation"));
		String id = Api.json(api.as(other.username(), other.password()).post("/api/v1/documents",
				Receipts.simple("Бөтен Мектеп"))).get("id").asString();
		browser.signIn("demo", "demo");
		browser.open("/desk/papers/" + id);
		assertThat(browser.heading()).isEqualTo("Құжат табылмады");
		assertThat(browser.text()).doesNotContain("Бөтен Мектеп");
		assertThat(browser.fetch("/desk/papers/" + id + "/pdf").statusCode()).isEqualTo(404);
		browser.look("documents-paper-not-found");
		browser.open("/desk/papers/not-a-uuid");
		assertThat(browser.heading()).isEqualTo("Құжат табылмады");
	}

	/** Presses keys on whatever has the focus, as a person at the keyboard does. */
	private void keys(CharSequence... keys) {
		new Actions(browser.driver()).sendKeys(keys).perform();
	}

	/** Presses Tab until {@code target} has the focus. */
	private void tabTo(By target) {
		WebElement wanted = browser.driver().findElement(target);
		for (int press = 0; press < 120; press++) {
			if (browser.driver().switchTo().activeElement().equals(wanted)) {
				return;
			}
			keys(Keys.TAB);
		}
		throw new AssertionError("Tab never reached " + target);
	}

	/** Ticks row {@code row} of the checklist and fills it in. */
	private void take(int row, String original, String sheets, String note) {
		browser.driver().findElement(By.id("f-documents-" + row + "-taken")).click();
		new Select(browser.driver().findElement(By.id("f-documents-" + row + "-original"))).selectByValue(original);
		browser.driver().findElement(By.id("f-documents-" + row + "-sheets")).sendKeys(sheets);
		if (note != null) {
			browser.driver().findElement(By.id("f-documents-" + row + "-note")).sendKeys(note);
		}
	}

	private WebElement button(String text) {
		return browser.driver().findElement(By.xpath("//main//button[normalize-space(.)='" + text + "']"));
	}

	/** The HTTP status the paper form answers when sent with {@code step}, as the browser's own fetch sees it. */
	private Object status(String step) {
		return browser.script("""
				const data = new FormData(document.getElementById('paper-form'));
				data.set('step', arguments[0]);
				return fetch(document.getElementById('paper-form').action, {method: 'POST', body: data, redirect: 'manual'})
				  .then(r => r.status);""", step);
	}
}
