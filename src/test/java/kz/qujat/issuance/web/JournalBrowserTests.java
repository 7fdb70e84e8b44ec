package kz.qujat.issuance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kz.qujat.catalog.Channel;
import kz.qujat.registry.Counter;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.Holder;
import kz.qujat.registry.NewRegistration;
import kz.qujat.registry.Numbering;
import kz.qujat.registry.Registration;
import kz.qujat.registry.Term;
import kz.qujat.registry.VerificationCode;
import kz.qujat.support.Api;
import kz.qujat.support.DeskTest;
import kz.qujat.support.Receipts;
import kz.qujat.support.RequestBodies;
import kz.qujat.support.TestClock;
import kz.qujat.support.TestSchools;
import kz.qujat.system.Iin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The journal in Chromium, for a school of its own each test: the papers the API issued, newest first; each filter
 * (with htmx and as a plain form) and the search narrowing the list; paging; revoking a paper with its confirmation,
 * after which the row and the public page say revoked.
 */
class JournalBrowserTests extends DeskTest {

	@Autowired
	TestSchools schools;

	@Autowired
	Numbering numbering;

	private TestSchools.Made school;

	private Api clerk;

	@BeforeEach
	void aSchoolOfItsOwn() {
		school = schools.create("journal-" + UUID.randomUUID().toString().substring(0, 8),
				List.of("teacher-attestation", "school-admission"));
		clerk = api.as(school.username(), school.password());
	}

	@Test
	void theJournalListsThePapersNewestFirstAndEachFilterNarrowsIt() {
		browser.signIn(school.username(), school.password());
		browser.open("/desk/journal");
		assertThat(browser.heading()).isEqualTo("Тіркеу журналы");
		assertThat(list().getText()).contains("Журналда әлі жазба жоқ.");
		browser.look("journal-empty");

		clock.set(TestClock.MONDAY_MORNING.minus(Duration.ofDays(3)));
		String friday = number(issue(Receipts.simple("ӘСЕЛОВА Гүлнар Маратқызы")));
		clock.set(TestClock.MONDAY_MORNING);
		JsonNode admission = issue(named("school-admission/receipt", "Нұрланова әсел Серікқызы"));
		clock.advance(Duration.ofMinutes(5));
		JsonNode refusal = issue(named("teacher-attestation/refusal", "Қанатов Ерлан Болатұлы"));
		clock.advance(Duration.ofMinutes(5));
		String application = number(issue(named("school-admission/application", "<b>Жанар</b> ${7*7} Ғалымқызы")));
		clock.advance(Duration.ofMinutes(5));
		String voided = aVoidEntry();
		assertThat(clerk.post("/api/v1/documents/" + refusal.get("id").asString() + "/revoke",
				"{\"reason\":\"issued-in-error\"}").statusCode()).isEqualTo(200);

		browser.open("/desk/journal");
		assertThat(numbers()).containsExactly(voided, application, number(refusal), number(admission), friday);
		assertThat(list().getText()).contains("Барлығы 5 жазба");
		assertThat(row(voided).getText()).contains("Жарамсыз");
		assertThat(row(voided).findElements(By.cssSelector("a.download, a.revoke"))).as("no PDF, nothing to revoke").isEmpty();
		assertThat(row(number(refusal)).getText()).contains("Күші жойылды");
		assertThat(row(number(refusal)).findElements(By.cssSelector("a.revoke"))).isEmpty();
		assertThat(row(application).getText()).contains("<b>Жанар</b> ${7*7} Ғалымқызы", "Өтініш");
		assertThat(list().findElements(By.tagName("b"))).as("the name is text, not markup").isEmpty();

		WebElement admitted = row(number(admission));
		String id = admission.get("id").asString();
		assertThat(admitted.getText()).contains("Қолхат", "Нұрланова әсел Серікқызы", "23.11.2026 10:00", "Берілді");
		assertThat(admitted.findElement(By.cssSelector("a.number")).getAttribute("href")).endsWith("/desk/papers/" + id);
		assertThat(admitted.findElement(By.cssSelector("a.download")).getAttribute("href")).endsWith("/desk/papers/" + id + "/pdf");
		assertThat(admitted.findElement(By.cssSelector("button[data-print]")).getAttribute("data-print"))
			.isEqualTo("/desk/papers/" + id + "/pdf?inline");
		assertThat(admitted.findElement(By.cssSelector("a.revoke")).getAttribute("href")).endsWith("/desk/papers/" + id + "/revoke");
		browser.look("journal-list");

		choose("Құжат түрі", "refusal");
		waitForNumbers(number(refusal));
		assertThat(browser.path()).as("the address follows the filters").contains("kind=refusal");
		browser.look("journal-filtered");
		choose("Құжат түрі", "");
		choose("Күйі", "void");
		waitForNumbers(voided);
		choose("Күйі", "revoked");
		waitForNumbers(number(refusal));
		choose("Күйі", "");
		choose("Қызмет", "school-admission");
		waitForNumbers(application, number(admission));
		choose("Қызмет", "");
		waitForNumbers(voided, application, number(refusal), number(admission), friday);

		WebElement search = browser.field("Нөмір немесе аты-жөні", "Номер или ФИО");
		search.sendKeys("Әсел");
		waitForNumbers(number(admission), friday);
		search.clear();
		search.sendKeys(number(refusal).toLowerCase());
		waitForNumbers(number(refusal));
		search.clear();
		search.sendKeys("%");
		waitForNumbers();
		assertThat(list().getText()).contains("Сүзгілерге сәйкес жазба жоқ.");

		browser.open("/desk/journal?from=2026-11-20&to=2026-11-20");
		assertThat(numbers()).as("the plain form: Friday's papers").containsExactly(friday);
		assertThat(browser.field("Кезең басы", "Период с").getAttribute("value")).isEqualTo("2026-11-20");

		browser.open("/desk/journal?status=lost");
		assertThat(browser.problemOf(browser.field("Күйі", "Статус")))
			.isEqualTo("Күйі: issued, revoked, void, superseded немесе pending.");

		browser.open("/");
		assertThat(browser.driver().findElements(By.cssSelector("main table.list a")).get(0).getText())
			.as("the home page: the newest first").isEqualTo(voided);
		WebElement today = browser.driver().findElement(By.partialLinkText("Бүгінгі құжаттардың бәрі журналда"));
		assertThat(today.getText()).isEqualTo("Бүгінгі құжаттардың бәрі журналда (4)");
		assertThat(today.getAttribute("href")).endsWith("/desk/journal?from=2026-11-23&to=2026-11-23");
		today.click();
		assertThat(numbers()).containsExactly(voided, application, number(refusal), number(admission));
	}

	@Test
	void theListPagesTwentyAtATime() {
		List<String> issued = new ArrayList<>();
		for (int i = 1; i <= 23; i++) {
			issued.add(0, number(issue(Receipts.simple("Оқушыбаев Ұлан №" + i))));
			clock.advance(Duration.ofMinutes(1));
		}
		browser.signIn(school.username(), school.password());
		browser.open("/desk/journal");
		assertThat(numbers()).isEqualTo(issued.subList(0, 20));
		assertThat(list().findElement(By.cssSelector(".pager")).getText()).contains("23 жазбаның 1–20");
		browser.look("journal-paged");

		list().findElement(By.cssSelector("a[rel=next]")).click();
		waitForNumbers(issued.subList(20, 23).toArray(String[]::new));
		assertThat(list().findElement(By.cssSelector(".pager")).getText()).contains("23 жазбаның 21–23");
		assertThat(browser.path()).contains("offset=20");

		browser.open("/desk/journal?q=" + "Ұлан №2&offset=0");
		assertThat(numbers()).as("№2 and №20–23").hasSize(5);
		assertThat(list().getText()).contains("Барлығы 5 жазба");

		browser.open("/desk/journal?lang=ru");
		assertThat(browser.heading()).isEqualTo("Журнал регистрации");
		assertThat(list().findElement(By.cssSelector(".pager")).getText()).contains("1–20");
		browser.look("journal-ru");
	}

	@Test
	void aClerkRevokesAPaperFromTheJournalAfterConfirmingIt() {
		JsonNode paper = issue(Receipts.simple("Төлеуова Әйгерім Нұрланқызы"));
		String id = paper.get("id").asString();
		browser.signIn(school.username(), school.password());
		browser.open("/desk/journal?kind=receipt");
		row(number(paper)).findElement(By.cssSelector("a.revoke")).click();
		assertThat(browser.path()).isEqualTo("/desk/papers/" + id + "/revoke?back=kind%3Dreceipt%26");
		assertThat(browser.heading()).isEqualTo("Құжатты кері қайтару");
		assertThat(browser.text()).contains(number(paper), "Төлеуова Әйгерім Нұрланқызы", "Қателікпен берілген / Выдан ошибочно",
				"Бас тарту шешімінің күші жойылған / Отказ отменён");
		browser.look("journal-revoke");

		browser.field("Ескертпе", "Примечание").sendKeys("Аты-жөні қате жазылған");
		submitAndConfirm();
		WebElement understood = browser.field("Бұл әрекетті болдырмау мүмкін емес екенін түсінемін", "");
		assertThat(browser.problemOf(understood)).isEqualTo("Кері қайтаруды растаңыз: белгі қойыңыз.");
		assertThat(browser.driver().findElement(By.id("f-reason-problem")).getText()).isEqualTo("Толтыру міндетті.");
		assertThat(browser.field("Ескертпе", "Примечание").getAttribute("value")).as("kept").isEqualTo("Аты-жөні қате жазылған");
		assertThat(Api.json(clerk.get("/api/v1/documents/" + id)).get("status").asString()).as("nothing revoked").isEqualTo("issued");
		browser.look("journal-revoke-unconfirmed");

		browser.field("Қателікпен берілген / Выдан ошибочно", "").click();
		browser.field("Бұл әрекетті болдырмау мүмкін емес екенін түсінемін", "").click();
		submitAndConfirm();
		assertThat(browser.waitFor(By.cssSelector(".notice.done")).getText()).contains(number(paper), "күші жойылды");
		assertThat(browser.path()).as("back to the journal as the clerk left it").isEqualTo("/desk/journal?kind=receipt");
		assertThat(row(number(paper)).getText()).contains("Күші жойылды");
		assertThat(row(number(paper)).findElements(By.cssSelector("a.revoke"))).isEmpty();

		browser.open(URI.create(paper.get("verifyUrl").asString()).getPath());
		assertThat(browser.text()).contains("Құжаттың күші жойылған", "Қателікпен берілген").doesNotContain("Аты-жөні қате");
	}

	@Test
	void aPaperRevokedMeanwhileOrOfAnotherSchoolIsNotRevokedAgain() {
		JsonNode paper = issue(Receipts.simple("Сейітова Бағдат Серікқызы"));
		String id = paper.get("id").asString();
		String theirs = Api.json(api.post("/api/v1/documents", Receipts.simple("Демо Мектептің Оқушысы"))).get("id").asString();
		browser.signIn(school.username(), school.password());
		browser.open("/desk/papers/" + id + "/revoke?back=https%3A%2F%2Fevil.example%2F");
		assertThat(browser.driver().findElement(By.cssSelector("form#revoke a.button")).getDomAttribute("href"))
			.as("filters only, never an address of their own").isEqualTo("/desk/journal");
		browser.field("Басқа себеп / Иная причина", "").click();
		browser.field("Бұл әрекетті болдырмау мүмкін емес екенін түсінемін", "").click();
		assertThat(clerk.post("/api/v1/documents/" + id + "/revoke", "{\"reason\":\"other\"}").statusCode()).isEqualTo(200);
		submitAndConfirm();
		String alreadyRevoked = "Бұл құжат бұрын кері қайтарылған; кері қайтару бір рет қана жасалады және оның күшін жою мүмкін емес.";
		assertThat(browser.waitFor(By.cssSelector(".notice.failed")).getText()).isEqualTo(alreadyRevoked);
		assertThat(browser.text()).contains("Күші жойылды");
		browser.look("journal-revoke-already");

		browser.open("/desk/papers/" + id + "/revoke");
		assertThat(browser.driver().findElement(By.cssSelector(".notice.failed")).getText()).isEqualTo(alreadyRevoked);
		assertThat(browser.driver().findElements(By.cssSelector("form#revoke"))).isEmpty();

		browser.open("/desk/papers/" + theirs + "/revoke");
		assertThat(browser.heading()).isEqualTo("Құжат табылмады");
		HttpResponse<byte[]> answer = browser.fetch("/desk/papers/" + theirs + "/revoke");
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(Api.json(api.get("/api/v1/documents/" + theirs)).get("status").asString()).isEqualTo("issued");

		browser.signOut();
		browser.signIn("demo-director", "demo");
		browser.open("/desk/journal?q=Демо Мектептің");
		assertThat(browser.heading()).as("directors keep the journal too").isEqualTo("Тіркеу журналы");
		assertThat(numbers()).contains(Api.json(api.get("/api/v1/documents/" + theirs)).get("number").asString());
	}

	private JsonNode issue(String body) {
		HttpResponse<byte[]> answer = clerk.post("/api/v1/documents", body);
		assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(201);
		return Api.json(answer);
	}

	private static String named(String request, String fullName) {
		return RequestBodies.with(RequestBodies.named(request), "applicant.fullName", Receipts.quoted(fullName));
	}

	private static String number(JsonNode paper) {
		return paper.get("number").asString();
	}

	/** A number whose paper could not be made: taken, then voided, as the issuing does when rendering fails. */
	private String aVoidEntry() {
		Registration registration = numbering.take(new NewRegistration(school.school(),
				new Counter("teacher-attestation", "ATT"), "teacher-attestation", null, 2026, DocumentKind.RECEIPT,
				Channel.PAPER, VerificationCode.random(), new Holder("Тоқтап Қалған", Iin.of("680503450037")),
				school.clerk(), Term.at(clock.instant()), "{}"));
		numbering.voidPending(registration.id(), "rendering-failed");
		return registration.number().toString();
	}

	private WebElement list() {
		return browser.driver().findElement(By.id("journal-list"));
	}

	private List<String> numbers() {
		return list().findElements(By.cssSelector("a.number")).stream().map(WebElement::getText).toList();
	}

	private void waitForNumbers(String... expected) {
		browser.waiting().withMessage(() -> "the journal lists " + List.of(expected) + ", not " + numbers())
			.until(driver -> numbers().equals(List.of(expected)));
	}

	private WebElement row(String number) {
		return list().findElement(By.xpath(".//tr[.//a[contains(@class, 'number') and normalize-space(.)='" + number + "']]"));
	}

	private void choose(String label, String value) {
		new Select(browser.field(label, label)).selectByValue(value);
	}

	/** Submits the revoke form, says yes to the browser's question, and waits for the page that answers. */
	private void submitAndConfirm() {
		browser.submitConfirming(browser.driver().findElement(By.cssSelector("form#revoke button[type=submit]")));
	}
}
