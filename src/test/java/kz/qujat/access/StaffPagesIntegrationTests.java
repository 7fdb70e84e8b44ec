package kz.qujat.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import kz.qujat.support.Api;
import kz.qujat.support.Browser;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.api.Test;

/**
 * The start page and the sign-in form a browser opens: Kazakh first, Russian on request, every control labelled,
 * no scripts, failures said on the page; a client that asks for JSON still gets problems.
 */
class StaffPagesIntegrationTests extends ServiceTest {

	@Test
	void theStartPageSignsInAndSaysHowToCheckAPaper() {
		HttpResponse<byte[]> kazakh = api.anonymous().get("/");
		assertThat(kazakh.statusCode()).isEqualTo(200);
		assertThat(kazakh.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		// the form's CSRF token is kept in a session, whose cookie a script cannot read and no other site sends
		assertThat(kazakh.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
			.startsWith("JSESSIONID=").contains("HttpOnly", "Secure", "SameSite=Strict"));
		assertThat(Api.text(kazakh)).contains("<html lang=\"kk\">", "Қызметкердің жүйеге кіруі", "action=\"/login?lang=kk\"",
				"Құжатты қалай тексеруге болады", "href=\"/swagger-ui.html\"", "/api/v1/verify");
		assertPage(Api.text(kazakh));

		String russian = Api.text(api.anonymous().inLanguage("ru-RU,ru;q=0.9").get("/"));
		assertThat(russian).contains("<html lang=\"ru\">", "Как проверить документ", "action=\"/login?lang=ru\"");
		HttpResponse<byte[]> switched = api.anonymous().get("/?lang=ru");
		assertThat(Api.text(switched)).contains("<html lang=\"ru\">");
		assertThat(switched.headers().allValues("Set-Cookie")).as("the switch is remembered")
			.anySatisfy(cookie -> assertThat(cookie).startsWith("qujat-lang=ru;").contains("Path=/", "HttpOnly"));
		assertThat(api.anonymous().get("/api/v1/services?lang=ru").headers().allValues("Set-Cookie"))
			.as("an API call leaves nothing behind").isEmpty();
	}

	@Test
	void htmxIsServedFromItsWebJar() {
		HttpResponse<byte[]> htmx = api.anonymous().get("/webjars/htmx.org/dist/htmx.min.js");
		assertThat(htmx.statusCode()).isEqualTo(200);
		assertThat(Api.text(htmx)).contains("htmx");
	}

	@Test
	void theSignInPageLabelsEveryControlAndCarriesTheCsrfToken() {
		Browser browser = new Browser(port);
		HttpResponse<String> page = browser.get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("script-src 'self';"));
		assertThat(page.body()).contains("<html lang=\"kk\">", "<label for=\"username\">Логин</label>", "id=\"username\"",
				"<label for=\"password\">Құпиясөз</label>", "id=\"password\"", "type=\"password\"",
				"<button type=\"submit\">Кіру</button>", "method=\"post\"", "action=\"/login?lang=kk\"");
		assertThat(browser.csrf()).hasSizeGreaterThan(20);
		assertPage(page.body());
		assertThat(new Browser(port).get("/login?lang=ru").body()).contains("<html lang=\"ru\">", ">Пароль</label>", ">Войти</button>");
	}

	@Test
	void aFailedSignInIsSaidOnThePageAndTheThrottleStillHolds() {
		Api director = api.as("demo-director", "demo");
		assertThat(director.post("/api/v1/school/staff", AccessIntegrationTests.DIRECTOR.formatted("form-clerk")
			.replace("\"director\",", "\"clerk\",")).statusCode()).isEqualTo(201);
		Browser browser = new Browser(port);
		browser.get("/login?lang=ru");
		HttpResponse<String> failed = browser.submit("/login?lang=ru",
				Map.of("username", "form-clerk", "password", "Wrong-Passw0rd", "_csrf", browser.csrf()));
		assertThat(failed.statusCode()).isEqualTo(302);
		String failurePage = failed.headers().firstValue("Location").orElseThrow();
		assertThat(failurePage).endsWith("/login?error&lang=ru");
		assertThat(browser.get("/login?error&lang=ru").body()).contains("role=\"alert\"", "Неверный логин или пароль.",
				"aria-describedby=\"sign-in-problem\"");

		for (int i = 1; i < 5; i++) {
			browser.signIn("form-clerk", "Wrong-Passw0rd");
		}
		HttpResponse<String> throttled = browser.signIn("form-clerk", "director-secret-1");
		assertThat(throttled.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login?throttled"));
		assertThat(browser.get("/api/v1/school").statusCode()).as("no sign-in while throttled").isEqualTo(401);
		assertThat(browser.get("/login?throttled&lang=kk").body()).contains("role=\"alert\"", "15 минуттан кейін");
		assertThat(api.as("form-clerk", "director-secret-1").get("/api/v1/school").statusCode())
			.as("the same throttle as HTTP Basic").isEqualTo(429);
	}

	@Test
	void clientsAskingForJsonStillGetProblems() {
		for (String page : new String[] { "/", "/login" }) {
			HttpResponse<byte[]> answer = api.anonymous().accepting("application/json").get(page);
			assertThat(answer.statusCode()).as(page).isEqualTo(406);
			assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(Api.json(answer).get("type").asString()).isEqualTo("/problems/not-acceptable");
		}
		HttpResponse<byte[]> unknown = api.anonymous().get("/no-such-page");
		assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	/** What every page keeps to: a stylesheet and scripts of its own origin only, nothing inline to run. */
	private static void assertPage(String html) {
		assertThat(html).contains("<link rel=\"stylesheet\" href=\"/css/desk.css\">",
				"<script src=\"/webjars/htmx.org/dist/htmx.min.js\" defer></script>", "<script src=\"/js/desk.js\" defer></script>")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=\"/)")
			.doesNotContain("onclick", "onsubmit", "javascript:", "style=");
	}
}
