package kz.qujat.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kz.qujat.support.DeskTest;
import kz.qujat.support.TestSchools;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A director's and an operator's pages in Chromium: the school's profile, its staff accounts, its API tokens, the
 * audit trail, and the operator's schools with their first directors; the same rules as the API, shown beside the
 * fields they name.
 */
class AdministrationBrowserTests extends DeskTest {

	/** Every Kazakh letter, HTML and FreeMarker's own syntax: shown as typed, never run. */
	private static final String NASTY_NAME = "ӘәҒғҚқҢңӨөҰұҮүҺһІі <b>${7*7}</b> мектебі";

	/** The demo school's BIN, which no second school may have. */
	private static final String DEMO_SCHOOLS_BIN = "940140000385";

	@Autowired
	TestSchools testSchools;

	@Test
	void aDirectorEditsTheSchoolsProfile() {
		browser.signIn("demo-director", "demo");
		browser.open("/desk/school");
		assertThat(browser.heading()).isEqualTo("Мектеп профилі");
		browser.look("administration-school");
		String nameKk = browser.field("Атауы (қазақша)", "Название (на казахском)").getAttribute("value");
		String bin = browser.field("БСН", "БИН").getAttribute("value");
		String addressKk = browser.field("Мекенжайы (қазақша)", "Адрес (на казахском)").getAttribute("value");

		type(browser.field("Атауы (қазақша)", "Название (на казахском)"), NASTY_NAME);
		type(browser.field("БСН", "БИН"), "12345");
		browser.field("БСН", "БИН").sendKeys(Keys.TAB);
		browser.waitUntilText(By.id("f-bin-problem"), "БСН 12 цифрдан тұруы керек.");
		assertThat(browser.field("БСН", "БИН").getAttribute("aria-invalid")).as("checked as it is left").isEqualTo("true");
		browser.field("Атауы (орысша)", "Название (на русском)").sendKeys("\u200b");
		browser.script("arguments[0].value = arguments[1]", browser.field("Мекенжайы (қазақша)", "Адрес (на казахском)"),
				"Ә".repeat(501));
		save();
		browser.waitFor(By.cssSelector(".notice.failed"));
		assertThat(browser.problemOf(browser.field("БСН", "БИН"))).isEqualTo("БСН 12 цифрдан тұруы керек.");
		assertThat(browser.problemOf(browser.field("Атауы (орысша)", "Название (на русском)")))
			.startsWith("Басқару таңбалары");
		assertThat(browser.field("Атауы (қазақша)", "Название (на казахском)").getAttribute("value"))
			.as("the rest is kept").isEqualTo(NASTY_NAME);
		assertThat(browser.field("БСН", "БИН").getAttribute("value")).isEqualTo("12345");
		assertThat(browser.problemOf(browser.field("Мекенжайы (қазақша)", "Адрес (на казахском)")))
			.isEqualTo("500 таңбадан аспауы керек.");
		assertThat(browser.driver().findElement(By.cssSelector("header .school")).getText())
			.as("nothing was saved").isEqualTo(nameKk);
		browser.look("administration-school-invalid");

		type(browser.field("БСН", "БИН"), bin);
		browser.script("arguments[0].value = arguments[1]", browser.field("Мекенжайы (қазақша)", "Адрес (на казахском)"),
				addressKk);
		WebElement nameRu = browser.field("Атауы (орысша)", "Название (на русском)");
		type(nameRu, nameRu.getAttribute("value").replace("\u200b", ""));
		save();
		assertThat(browser.text()).contains("Мектеп профилі сақталды.");
		assertThat(browser.driver().findElement(By.cssSelector("header .school")).getText()).isEqualTo(NASTY_NAME);
		assertThat(browser.driver().findElements(By.tagName("b"))).as("the name's HTML is text").isEmpty();

		browser.open("/desk/school?lang=ru");
		assertThat(browser.heading()).isEqualTo("Профиль школы");
		browser.look("administration-school-ru");
		type(browser.field("Атауы (қазақша)", "Название (на казахском)"), nameKk);
		save();
		browser.open("/desk/school?lang=kk");
		assertThat(browser.driver().findElement(By.cssSelector("header .school")).getText()).isEqualTo(nameKk);
	}

	@Test
	void aDirectorAddsAClerkAndDisablesThem() {
		browser.signIn("demo-director", "demo");
		browser.open("/desk/staff");
		assertThat(browser.heading()).isEqualTo("Қызметкерлердің есептік жазбалары");
		browser.look("administration-staff");

		browser.field("Логин", "Логин").sendKeys("Not A Login");
		browser.field("Құпиясөз", "Пароль").sendKeys("short");
		create();
		browser.waitFor(By.cssSelector(".notice.failed"));
		assertThat(browser.problemOf(browser.field("Логин", "Логин"))).startsWith("Логин: 3–50 таңба");
		assertThat(browser.problemOf(browser.field("Құпиясөз", "Пароль"))).isEqualTo("Құпиясөз кемінде 10 таңбадан тұруы керек.");
		assertThat(browser.problemOf(browser.field("Аты-жөні", "ФИО"))).isEqualTo("Толтыру міндетті.");
		browser.look("administration-staff-invalid");

		type(browser.field("Логин", "Логин"), "asem.clerk");
		browser.field("Құпиясөз", "Пароль").sendKeys("a long secret");
		browser.field("Аты-жөні", "ФИО").sendKeys("Қайратова Әсем Ұланқызы");
		browser.field("Лауазымы (қазақша)", "Должность (на казахском)").sendKeys("іс жүргізуші");
		browser.field("Лауазымы (орысша)", "Должность (на русском)").sendKeys("делопроизводитель");
		create();
		assertThat(browser.text()).contains("asem.clerk есептік жазбасы қосылды.");
		assertThat(rowOf("asem.clerk").getText()).contains("Қайратова Әсем Ұланқызы", "Іс жүргізуші", "Белсенді");
		assertThat(api.as("asem.clerk", "a long secret").get("/api/v1/school").statusCode()).isEqualTo(200);

		browser.submitConfirming(rowOf("demo-director").findElement(By.cssSelector("button.danger")));
		browser.waitFor(By.cssSelector(".notice.failed"));
		assertThat(browser.text()).contains("Өз есептік жазбаңызды өшіру мүмкін емес");
		browser.look("administration-staff-self");

		assertThat(browser.submitConfirming(rowOf("asem.clerk").findElement(By.cssSelector("button.danger"))))
			.contains("asem.clerk");
		browser.waitFor(By.cssSelector(".notice.done"));
		assertThat(rowOf("asem.clerk").getText()).contains("Өшірілген");
		assertThat(rowOf("asem.clerk").findElements(By.tagName("button"))).isEmpty();
		assertThat(api.as("asem.clerk", "a long secret").get("/api/v1/school").statusCode()).isEqualTo(401);

		browser.open("/desk/audit");
		assertThat(browser.text()).contains("Есептік жазба қосылды", "Есептік жазба өшірілді", "asem.clerk");

		browser.signOut();
		browser.field("Логин", "Логин").sendKeys("asem.clerk");
		browser.field("Құпиясөз", "Пароль").sendKeys("a long secret");
		browser.submit(browser.driver().findElement(By.cssSelector("form.sign-in button[type=submit]")));
		assertThat(browser.waitFor(By.id("sign-in-problem")).getText()).isNotEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("form.sign-out"))).isEmpty();
	}

	@Test
	void aDirectorMakesATokenSeesTheSecretOnceAndRevokesIt() {
		browser.signIn("demo-director", "demo");
		browser.open("/desk/tokens");
		assertThat(browser.heading()).isEqualTo("API кілттері");
		browser.look("administration-tokens");

		browser.submit(browser.driver().findElement(By.cssSelector("#new-token-form button[type=submit]")));
		assertThat(browser.problemOf(browser.field("Кілт атауы", "Название ключа"))).isEqualTo("Толтыру міндетті.");
		assertThat(browser.driver().findElements(By.cssSelector(".secret"))).isEmpty();
		browser.look("administration-tokens-invalid");

		String name = "Күнделік <i>${x}</i> " + UUID.randomUUID().toString().substring(0, 8);
		browser.field("Кілт атауы", "Название ключа").sendKeys(name);
		browser.submit(browser.driver().findElement(By.cssSelector("#new-token-form button[type=submit]")));
		String secret = browser.waitFor(By.cssSelector(".secret#token-secret")).getText().strip();
		assertThat(secret).isNotBlank();
		assertThat(browser.text()).contains("«" + name + "» кілті жасалды");
		List<WebElement> copies = browser.driver().findElements(By.cssSelector("[data-copy]"));
		assertThat(copies).as("one copy button, of the secret").hasSize(1);
		assertThat(copies.get(0).getAttribute("data-copy")).isEqualTo("#token-secret");
		assertThat(copies.get(0).getAttribute("type")).isEqualTo("button");
		browser.look("administration-tokens-created");

		browser.driver().executeCdpCommand("Browser.grantPermissions",
				Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
		copies.get(0).click();
		browser.waitUntilText(By.cssSelector("[data-copy]"), "Көшірілді");
		Object copied = browser.driver().executeAsyncScript(
				"navigator.clipboard.readText().then(arguments[arguments.length - 1])");
		assertThat(copied).as("the secret and nothing else").isEqualTo(secret);

		assertThat(api.bearer(secret).get("/api/v1/school").statusCode()).isEqualTo(200);

		browser.driver().navigate().refresh();
		assertThat(browser.driver().findElements(By.cssSelector(".secret"))).as("shown once").isEmpty();
		assertThat(browser.driver().getPageSource()).doesNotContain(secret);
		WebElement row = rowOf(name);
		assertThat(row.getText()).contains("Белсенді");

		browser.submitConfirming(row.findElement(By.cssSelector("button.danger")));
		browser.waitFor(By.cssSelector(".notice.done"));
		assertThat(rowOf(name).getText()).contains("Кері қайтарылды");
		assertThat(api.bearer(secret).get("/api/v1/school").statusCode()).isEqualTo(401);
		browser.look("administration-tokens-revoked");

		browser.open("/desk/audit");
		assertThat(browser.heading()).isEqualTo("Әрекеттер журналы");
		assertThat(rowOf("API кілті жасалды", name).getText()).contains("demo-director");
		assertThat(rowOf("API кілті кері қайтарылды", name).getText()).contains("demo-director");
		browser.look("administration-audit");
	}

	@Test
	void anOperatorAddsASchoolAndItsFirstDirector() {
		browser.signIn("operator", "operator");
		browser.open("/desk/schools");
		assertThat(browser.heading()).isEqualTo("Мектептер");
		browser.look("administration-schools");

		browser.driver().findElement(By.linkText("Мектеп қосу")).click();
		assertThat(browser.heading()).isEqualTo("Мектеп қосу");
		browser.look("administration-school-new");
		browser.submit(browser.driver().findElement(By.cssSelector("#new-school button[type=submit]")));
		browser.waitFor(By.cssSelector(".notice.failed"));
		assertThat(browser.problemOf(browser.field("БСН", "БИН"))).isEqualTo("Толтыру міндетті.");
		assertThat(browser.driver().findElement(By.id("f-services-problem")).getText()).isEqualTo("Толтыру міндетті.");
		browser.look("administration-school-new-invalid");

		String bin = testSchools.inventedBin();
		String name = "«Шұбартау ауылының № 9 мектебі» КММ " + bin.substring(6);
		browser.field("Атауы (қазақша)", "Название (на казахском)").sendKeys(name);
		browser.field("Атауы (орысша)", "Название (на русском)").sendKeys("КГУ «Школа № 9 села Шубартау»");
		browser.field("БСН", "БИН").sendKeys(DEMO_SCHOOLS_BIN);
		browser.field("Мекенжайы (қазақша)", "Адрес (на казахском)").sendKeys("Шұбартау ауылы, Абай көшесі, 9");
		browser.field("Мекенжайы (орысша)", "Адрес (на русском)").sendKeys("село Шубартау, улица Абая, 9");
		browser.field("Директордың аты-жөні", "ФИО директора").sendKeys("Өмірзақова Гүлнар Әділқызы");
		browser.field("Жауапты тұлғаның аты-жөні", "ФИО ответственного лица").sendKeys("Ісімов Нұржан Қайратұлы");
		browser.field("Жауапты тұлғаның лауазымы (қазақша)", "").sendKeys("директордың орынбасары");
		browser.field("Жауапты тұлғаның лауазымы (орысша)", "").sendKeys("заместитель директора");
		browser.field("Телефон", "Телефон").sendKeys("+7 722 000 00 09");
		browser.field("Электрондық пошта", "Электронная почта").sendKeys("school9@example.kz");
		time(browser.field("Жұмыстың басталуы", "Начало работы"), "08:30");
		time(browser.field("Жұмыстың аяқталуы", "Окончание работы"), "17:30");
		browser.driver().findElement(By.id("f-services-0")).click();
		browser.submit(browser.driver().findElement(By.cssSelector("#new-school button[type=submit]")));
		browser.waitFor(By.cssSelector(".notice.failed"));
		assertThat(browser.problemOf(browser.field("БСН", "БИН"))).as("the API's 409, beside the BIN")
			.isEqualTo("Осы БСН-мен мектеп тіркелген.");
		assertThat(browser.field("Атауы (қазақша)", "Название (на казахском)").getAttribute("value")).isEqualTo(name);
		assertThat(browser.field("Жұмыстың басталуы", "Начало работы").getAttribute("value")).isEqualTo("08:30");
		assertThat(browser.driver().findElement(By.id("f-services-0")).isSelected()).isTrue();
		type(browser.field("БСН", "БИН"), bin);
		browser.submit(browser.driver().findElement(By.cssSelector("#new-school button[type=submit]")));

		browser.waitFor(By.cssSelector(".notice.done"));
		assertThat(browser.heading()).isEqualTo(name);
		assertThat(browser.text()).contains("Бірінші директорды қосу", bin);
		browser.look("administration-school-page");
		String schoolPath = browser.path();

		browser.field("Аты-жөні", "ФИО").sendKeys("Өмірзақова Гүлнар Әділқызы");
		browser.field("Лауазымы (қазақша)", "Должность (на казахском)").sendKeys("директор");
		browser.field("Лауазымы (орысша)", "Должность (на русском)").sendKeys("директор");
		String username = "director" + bin.substring(6);
		browser.field("Логин", "Логин").sendKeys(username);
		browser.field("Құпиясөз", "Пароль").sendKeys("first director");
		browser.submit(browser.driver().findElement(By.cssSelector("#new-account button[type=submit]")));
		browser.waitFor(By.cssSelector(".notice.done"));
		assertThat(browser.path()).isEqualTo(schoolPath);
		assertThat(rowOf(username).getText()).contains("Директор", "Белсенді");

		browser.open("/desk/schools/" + UUID.randomUUID());
		assertThat(browser.heading()).isEqualTo("Табылмады");
		assertThat(browser.fetch("/desk/schools/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

		browser.open("/desk/audit");
		assertThat(rowOf("Мектеп қосылды", bin).getText()).contains(name);
		browser.look("administration-audit-operator");

		browser.signOut();
		browser.signIn(username, "first director");
		assertThat(browser.driver().findElement(By.cssSelector("header .school")).getText()).isEqualTo(name);
		browser.open("/desk/school");
		assertThat(browser.field("БСН", "БИН").getAttribute("value")).isEqualTo(bin);
	}

	@Test
	void aClerkMayNotOpenTheDirectorsPages() {
		browser.signIn("demo", "demo");
		browser.open("/desk/tokens");
		assertThat(browser.heading()).isEqualTo("Рұқсат жоқ");
		assertThat(browser.fetch("/desk/tokens").statusCode()).isEqualTo(403);
		browser.look("administration-tokens-forbidden");
		assertThat(browser.fetch("/desk/audit").statusCode()).isEqualTo(403);
		assertThat(browser.fetch("/desk/schools").statusCode()).isEqualTo(403);
	}

	/** Types over what a field holds, as a person does (clearing it would tell htmx of a change to nothing). */
	private void type(WebElement field, String text) {
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
	}

	/** A time input takes its digits as typed on a keyboard, whatever the browser's format. */
	private void time(WebElement field, String hhmm) {
		browser.script("arguments[0].value = arguments[1]", field, hhmm);
	}

	private void save() {
		browser.submit(browser.driver().findElement(By.cssSelector("#school-profile button[type=submit]")));
	}

	private void create() {
		browser.submit(browser.driver().findElement(By.cssSelector("#new-account button[type=submit]")));
	}

	/** The first row of the page's list that reads all of {@code texts} (other tests share the demo school). */
	private WebElement rowOf(String... texts) {
		return browser.driver().findElements(By.cssSelector("table.list tbody tr")).stream()
			.filter(row -> Arrays.stream(texts).allMatch(row.getText()::contains))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row with " + Arrays.toString(texts) + " on " + browser.path()
					+ ": " + browser.text()));
	}
}
