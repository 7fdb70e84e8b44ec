package kz.qujat.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver (never a browser Selenium Manager
 * would download: {@code SE_OFFLINE=true} in the build, and both paths given here), against the service on its
 * random port. It finds fields as a person does, by their label; checks each page it is asked to {@link #look} at with
 * axe-core (no serious or critical violation), that neither desktop (1280×800) nor phone (390×844) width needs a
 * horizontal scroll, and saves a screenshot of both under {@code target/desk-screenshots/}. Downloads land in a folder
 * of their own.
 */
public final class DeskBrowser implements AutoCloseable {

	public static final Path SCREENSHOTS = Path.of("target", "desk-screenshots");

	private static final Duration WAIT = Duration.ofSeconds(10);

	/** The browser of the test run, started by the first browser test and quit as the run's JVM exits. */
	private static DeskBrowser shared;

	private final String base;
	private final ChromeDriver driver;
	private final Path downloads;

	/**
	 * The one Chromium of the test run, on the service at {@code port}: a Chromium starts in seconds on a busy
	 * machine, so the browser test classes share one rather than start one each. A test that needs a clean start
	 * calls {@link #forgetEverything}.
	 */
	public static synchronized DeskBrowser shared(int port) {
		if (shared != null && !shared.base.equals(base(port))) {
			shared.close();
			shared = null;
		}
		if (shared == null) {
			DeskBrowser started = new DeskBrowser(port);
			Runtime.getRuntime().addShutdownHook(new Thread(started::close, "quit-chromium"));
			shared = started;
		}
		return shared;
	}

	public DeskBrowser(int port) {
		this.base = base(port);
		try {
			this.downloads = Files.createTempDirectory("desk-downloads");
			Path profile = Files.createTempDirectory("desk-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(System.getProperty("desk.chromium", "/usr/bin/chromium"));
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--disable-extensions", "--window-size=1280,800", "--lang=kk",
					"--user-data-dir=" + profile);
			Map<String, Object> preferences = new HashMap<>();
			preferences.put("intl.accept_languages", "kk,ru");
			preferences.put("download.default_directory", downloads.toString());
			preferences.put("download.prompt_for_download", false);
			options.setExperimentalOption("prefs", preferences);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(Path.of(System.getProperty("desk.chromedriver", "/usr/bin/chromedriver")).toFile())
				.usingAnyFreePort()
				.build();
			this.driver = new ChromeDriver(service, options);
			driver.executeCdpCommand("Browser.setDownloadBehavior",
					Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String base(int port) {
		return "http://localhost:" + port;
	}

	/** Signed out with nothing downloaded, as a browser starting afresh: its cookies deleted, its downloads too. */
	public void forgetEverything() {
		driver.manage().deleteAllCookies();
		try (var files = Files.list(downloads)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	/** Opens a path of the service, e.g. {@code /desk/journal}. */
	public DeskBrowser open(String path) {
		driver.get(base + path);
		return this;
	}

	/** The path (and query) the browser is on now. */
	public String path() {
		URI now = URI.create(driver.getCurrentUrl());
		return now.getRawPath() + (now.getRawQuery() == null ? "" : "?" + now.getRawQuery());
	}

	/** Signs in with the form on {@code /} and waits for the home page. */
	public DeskBrowser signIn(String username, String password) {
		open("/");
		field("Логин", "Логин").clear();
		field("Логин", "Логин").sendKeys(username);
		field("Құпиясөз", "Пароль").sendKeys(password);
		driver.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
		waitFor(By.cssSelector("form.sign-out"));
		return this;
	}

	/** Signs out with the header's button. */
	public DeskBrowser signOut() {
		driver.findElement(By.cssSelector("form.sign-out button")).click();
		waitFor(By.cssSelector("form.sign-in"));
		return this;
	}

	/**
	 * The control whose label reads {@code kazakh} (or {@code russian}, on a Russian page), as a person finds it:
	 * the label's {@code for} names it, or the label wraps it.
	 */
	public WebElement field(String kazakh, String russian) {
		String text = "ru".equals(lang()) ? russian : kazakh;
		List<WebElement> labels = driver.findElements(By.xpath("//label[normalize-space(.)=" + literal(text)
				+ " or normalize-space(text())=" + literal(text) + "]"));
		if (labels.isEmpty()) {
			labels = driver.findElements(By.xpath("//label[starts-with(normalize-space(.), " + literal(text) + ")]"));
		}
		assertThat(labels).as("a label \"%s\" on %s", text, path()).isNotEmpty();
		WebElement label = labels.get(0);
		String target = label.getAttribute("for");
		return target == null || target.isEmpty() ? label.findElement(By.cssSelector("input, select, textarea"))
				: driver.findElement(By.id(target));
	}

	/** The message shown next to a field (its {@code aria-describedby} problem), empty when it has none. */
	public String problemOf(WebElement field) {
		String id = field.getAttribute("id");
		List<WebElement> problem = driver.findElements(By.id(id + "-problem"));
		return problem.isEmpty() ? "" : problem.get(0).getText().strip();
	}

	/** The page's language, {@code kk} or {@code ru}. */
	public String lang() {
		return driver.findElement(By.tagName("html")).getAttribute("lang");
	}

	public String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	/** Clicks a form's submit button and waits until the page that answers has replaced this one. */
	public void submit(WebElement button) {
		WebElement page = driver.findElement(By.tagName("html"));
		button.click();
		awaitReplaced(page);
	}

	/** Waits until {@code page} is no longer the document. */
	private void awaitReplaced(WebElement page) {
		waiting().until(ExpectedConditions.stalenessOf(page));
	}

	/**
	 * A wait of up to {@link #WAIT} that asks again whatever the browser answered meanwhile: asked about an element
	 * that navigation or an htmx swap is just replacing, Chromium may answer with an inspector error ("Node with
	 * given id does not belong to the document") rather than a stale element. Every wait of the browser tests.
	 */
	public WebDriverWait waiting() {
		return waiting(WAIT);
	}

	/** As {@link #waiting()}, for up to {@code limit}. */
	public WebDriverWait waiting(Duration limit) {
		WebDriverWait wait = new WebDriverWait(driver, limit);
		wait.ignoring(WebDriverException.class);
		return wait;
	}

	/**
	 * Clicks a submit button whose form asks first ({@code data-confirm}), says yes, and waits until the page that
	 * answers has replaced this one; gives the question asked.
	 */
	public String submitConfirming(WebElement button) {
		WebElement page = driver.findElement(By.tagName("html"));
		button.click();
		Alert question = waiting().until(ExpectedConditions.alertIsPresent());
		String asked = question.getText();
		question.accept();
		awaitReplaced(page);
		return asked;
	}

	public WebElement waitFor(By what) {
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(what));
	}

	public void waitUntilText(By where, String text) {
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(where, text));
	}

	/**
	 * Checks the page as it stands with axe-core (no serious or critical violation), that it needs no horizontal
	 * scrolling at desktop or phone width, and saves a screenshot of each, as {@code <name>-desktop.png} and
	 * {@code <name>-phone.png}.
	 */
	public DeskBrowser look(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			for (Viewport viewport : Viewport.values()) {
				driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width,
						"height", viewport.height, "deviceScaleFactor", 1, "mobile", viewport == Viewport.PHONE));
				assertThat(((Number) script("return document.documentElement.scrollWidth")).intValue())
					.as("%s at %s width needs no horizontal scroll", name, viewport.width)
					.isLessThanOrEqualTo(viewport.width);
				if (viewport == Viewport.DESKTOP) {
					// what axe judges (names, labels, contrast, structure) is the same page at either width; axe.run
					// in the page itself (legacy mode) judges it and its same-origin frames (the desk has no other)
					// as runPartial does, without opening and closing a blank window each time (a third of the time)
					Results results = new AxeBuilder().setLegacyMode(true)
						.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
						.analyze(driver);
					List<Rule> serious = results.getViolations().stream()
						.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
						.toList();
					assertThat(serious).as("axe-core on %s: %s", name, describe(serious)).isEmpty();
				}
				Files.write(SCREENSHOTS.resolve(name + "-" + viewport.name().toLowerCase() + ".png"), screenshot());
			}
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			return this;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The whole page, not only what the window shows. */
	private byte[] screenshot() {
		Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width").doubleValue(), "height",
				Math.min(size.get("height").doubleValue(), 6000), "scale", 1);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		return Base64.getDecoder().decode((String) shot.get("data"));
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "));
	}

	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	/** Waits for a download to finish and gives its bytes; the folder is emptied for the next one. */
	public byte[] downloaded(String suffix) {
		try {
			long deadline = System.nanoTime() + WAIT.toNanos();
			while (System.nanoTime() < deadline) {
				try (var files = Files.list(downloads)) {
					List<Path> done = files.filter(f -> f.toString().endsWith(suffix)).toList();
					if (!done.isEmpty()) {
						byte[] bytes = Files.readAllBytes(done.get(0));
						Files.delete(done.get(0));
						return bytes;
					}
				}
				Thread.sleep(100);
			}
			throw new AssertionError("no " + suffix + " was downloaded in " + WAIT);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Fetches a path with the browser's session, as a link the page does not click would (a frame's PDF): status and
	 * bytes.
	 */
	public HttpResponse<byte[]> fetch(String path) {
		Cookie session = driver.manage().getCookieNamed("JSESSIONID");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
		if (session != null) {
			request.header("Cookie", "JSESSIONID=" + session.getValue());
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

	/** An XPath string literal of any text, quotes and all. */
	private static String literal(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	private enum Viewport {
		DESKTOP(1280, 800), PHONE(390, 844);

		final int width;
		final int height;

		Viewport(int width, int height) {
			this.width = width;
			this.height = height;
		}
	}
}
