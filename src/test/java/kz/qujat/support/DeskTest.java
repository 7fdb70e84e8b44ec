package kz.qujat.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A test of the desk in a real browser ({@link DeskBrowser}) against the whole service ({@link ServiceTest}): one
 * Chromium for the class, its cookies cleared before each test, so each starts signed out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DeskTest extends ServiceTest {

	protected DeskBrowser browser;

	@BeforeEach
	void aFreshBrowserSession() {
		if (browser == null) {
			browser = new DeskBrowser(port);
		}
		browser.driver().manage().deleteAllCookies();
	}

	@AfterAll
	void closeTheBrowser() {
		if (browser != null) {
			browser.close();
		}
	}
}
