package kz.qujat.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import kz.qujat.support.DeskTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The front door in Chromium: signing in and out, the home page, the language switch, the 404 and 403 pages. */
class FrontDoorBrowserTests extends DeskTest {

	@Test
	void aVisitorSignsInOnTheStartPageAndOut() {
		browser.open("/");
		assertThat(browser.heading()).isEqualTo("Қызметкердің жүйеге кіруі");
		browser.look("sign-in");

		browser.field("Логин", "Логин").sendKeys("demo");
		browser.field("Құпиясөз", "Пароль").sendKeys("wrong password");
		browser.driver().findElement(By.cssSelector("form.sign-in button")).click();
		assertThat(browser.driver().findElement(By.id("sign-in-problem")).getText()).isEqualTo("Логин немесе құпиясөз қате.");
		browser.look("sign-in-failed");

		browser.signIn("demo", "demo");
		assertThat(browser.path()).isEqualTo("/?lang=kk");
		assertThat(browser.heading()).isEqualTo("Басты бет");
		assertThat(browser.text()).contains("Бүгінгі құжаттар", "Құдайбергенова Сәуле Ерғалиқызы");
		browser.look("home-clerk");

		browser.signOut();
		assertThat(browser.text()).contains("Сіз жүйеден шықтыңыз.");
		browser.open("/desk/journal");
		assertThat(browser.path()).startsWith("/?lang=");
		assertThat(browser.heading()).isEqualTo("Қызметкердің жүйеге кіруі");
	}

	@Test
	void theWholeSignInWorksFromTheKeyboard() {
		browser.open("/");
		browser.driver().switchTo().activeElement().sendKeys("demo", Keys.TAB, "demo", Keys.ENTER);
		browser.waitFor(By.cssSelector("form.sign-out"));
		assertThat(browser.heading()).isEqualTo("Басты бет");
	}

	@Test
	void theLanguageSwitchIsRemembered() {
		browser.signIn("demo", "demo");
		browser.driver().findElement(By.linkText("Русский")).click();
		assertThat(browser.lang()).isEqualTo("ru");
		assertThat(browser.heading()).isEqualTo("Главная");
		browser.look("home-clerk-ru");

		browser.open("/desk/no-such-page");
		assertThat(browser.lang()).as("remembered on the next page").isEqualTo("ru");
		assertThat(browser.heading()).isEqualTo("Не найдено");

		browser.driver().findElement(By.linkText("Қазақша")).click();
		browser.open("/");
		assertThat(browser.lang()).isEqualTo("kk");
	}

	@Test
	void aPageThatDoesNotExistIsTheNotFoundPage() {
		browser.signIn("demo", "demo");
		browser.open("/desk/no-such-page");
		assertThat(browser.heading()).isEqualTo("Табылмады");
		assertThat(browser.text()).contains("Мұндай мекенжай жоқ.");
		assertThat(browser.fetch("/desk/no-such-page").statusCode()).isEqualTo(404);
		browser.look("not-found");
		browser.open("/no-such-page-" + UUID.randomUUID());
		assertThat(browser.heading()).isEqualTo("Табылмады");
	}

	@Test
	void aPageTheRoleMayNotSeeIsTheForbiddenPage() {
		browser.signIn("demo", "demo");
		browser.open("/desk/staff");
		assertThat(browser.heading()).isEqualTo("Рұқсат жоқ");
		assertThat(browser.text()).contains("Сіздің рөліңіз бұл әрекетті орындауға рұқсат бермейді.");
		browser.look("forbidden");
	}

	@Test
	void theOperatorIsShownTheWayToTheSchools() {
		browser.signIn("operator", "operator");
		assertThat(browser.driver().findElements(By.linkText("Журнал"))).as("no school's papers").isEmpty();
		assertThat(browser.driver().findElement(By.cssSelector("main a.button")).getAttribute("href")).endsWith("/desk/schools");
		browser.look("home-operator");
	}
}
