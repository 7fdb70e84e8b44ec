package kz.qujat.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import kz.qujat.support.DeskTest;
import kz.qujat.support.Receipts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Walks every page the desk links to, as a director (who sees all a clerk sees, and more) and as an operator, the
 * way a reviewer would: from the home page,
 * following each link of the service's own pages (a file to download is fetched, not opened), in Kazakh and then
 * in Russian. Each page must answer 200 as HTML, pass axe-core and fit both the desktop and the phone without
 * horizontal scrolling ({@link kz.qujat.support.DeskBrowser#look}). Pages that differ only by an id or a query
 * value are one page.
 */
class EveryDeskPageBrowserTests extends DeskTest {

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/** What a link may lead to that is a file, or an action, rather than a page. */
	private static final Pattern NOT_A_PAGE = Pattern.compile("/pdf|/csv|/qr|/posters/|/report|/journal-print|/logout|/swagger|/v3/");

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "demo-director, demo, 15", "operator, operator, 4" })
	void everyPageTheDeskLinksToIsUsableByEveryone(String username, String password, int atLeast) {
		api.post("/api/v1/documents", Receipts.simple("Бекмұратова Гүлназ Асқарқызы"));
		browser.signIn(username, password);
		Set<String> seen = new LinkedHashSet<>();
		List<String> walked = new ArrayList<>();
		Deque<String> next = new ArrayDeque<>(List.of("/"));
		while (!next.isEmpty()) {
			String path = next.pop();
			if (!seen.add(shape(path))) {
				continue;
			}
			HttpResponse<byte[]> answer = browser.fetch(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			browser.open(path);
			walked.add(path);
			assertThat(browser.driver().findElements(By.cssSelector("main h1"))).as("%s has its heading", path).hasSize(1);
			browser.look("every-" + username + shape(path).replaceAll("[^a-z0-9]+", "-"));
			for (WebElement link : browser.driver().findElements(By.cssSelector("a[href]"))) {
				String href = link.getDomAttribute("href");
				// the language switch is followed below, once
				if (href != null && (href.equals("/") || href.startsWith("/desk")) && !NOT_A_PAGE.matcher(href).find()
						&& !href.contains("lang=")) {
					next.add(URI.create(href).getRawPath() + (URI.create(href).getRawQuery() == null ? ""
							: "?" + URI.create(href).getRawQuery()));
				}
			}
		}
		assertThat(walked).as("pages walked as %s", username).hasSizeGreaterThanOrEqualTo(atLeast);

		// the same pages in Russian: chosen once, remembered on every page after
		browser.open("/");
		browser.driver().findElement(By.linkText("Русский")).click();
		for (String page : walked) {
			browser.open(page);
			assertThat(browser.lang()).as(page).isEqualTo("ru");
			assertThat(browser.text()).as("%s has no key for a text", page).doesNotContainPattern("\\b(desk|documents|journal|papers|administration|printing)\\.[a-z-]+\\.[a-z-]+");
		}
		browser.look("every-" + username + "-ru");
	}

	/** A page's shape: its path with ids as {@code {id}} and its query's names without their values. */
	private static String shape(String path) {
		URI uri = URI.create(path);
		String query = uri.getRawQuery() == null ? ""
				: "?" + String.join("&", new TreeSet<>(List.of(uri.getRawQuery().replaceAll("=[^&]*", "").split("&"))));
		return ID.matcher(uri.getRawPath()).replaceAll("{id}") + query;
	}
}
