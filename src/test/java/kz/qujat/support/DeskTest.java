package kz.qujat.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A test of the desk in a real browser ({@link DeskBrowser}) against the whole service ({@link ServiceTest}): one
 * Chromium for all the browser tests of the run ({@link DeskBrowser#shared}), its cookies and downloads cleared before
 * each test, so each starts signed out with nothing downloaded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DeskTest extends ServiceTest {

	protected DeskBrowser browser;

	@BeforeEach
	void aFreshBrowserSession() {
		browser = DeskBrowser.shared(port);
		browser.forgetEverything();
	}
}
