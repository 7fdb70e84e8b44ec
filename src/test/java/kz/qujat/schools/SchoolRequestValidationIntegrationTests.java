package kz.qujat.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import kz.qujat.support.Api;
import kz.qujat.support.ServiceTest;
import kz.qujat.support.TestSchools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Schools, staff and tokens are read as strictly as documents: the wrong JSON type, a key twice, an unknown key,
 * invisible characters, a phone too long and a time zone given as an offset each answer 400 naming the field and
 * the rule. Revocations are in {@code issuance.web.DocumentRequestValidationTests}, complaints in
 * {@code reports.web.ComplaintRequestValidationTests}.
 */
class SchoolRequestValidationIntegrationTests extends ServiceTest {

	@Autowired
	TestSchools testSchools;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "-1", "+05:00", "UTC+5", "GMT+05:00", "UTC", "Z", "Etc/GMT-5", "Asia/Nowhere", "asia/almaty" })
	void refusesATimeZoneThatIsNotARegion(String zone) {
		HttpResponse<byte[]> answer = operator().post("/api/v1/schools", school().replace("Asia/Almaty", zone));

		assertThat(fieldsAndRules(answer)).containsExactly("timeZone:time-zone");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Asia/Almaty", "Asia/Aqtobe", "Asia/Oral" })
	void takesATimeZoneByItsRegion(String zone) {
		HttpResponse<byte[]> created = operator().post("/api/v1/schools", school().replace("Asia/Almaty", zone));

		assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
		assertThat(Api.json(created).get("zone").asString()).isEqualTo(zone);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "77777777777777777777777777777777777777777", "+7 727 000 00 03 12345", "12", "7+727",
			"+7 727 000 00 03 (доб. 5)" })
	void refusesAPhoneThatIsNotOne(String phone) {
		HttpResponse<byte[]> answer = operator().post("/api/v1/schools", school().replace("+7 727 000 00 03", phone));

		assertThat(fieldsAndRules(answer)).containsExactly("phone:phone");
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			nameKk      | true
			bin         | 940140000385
			opens       | 830
			opens       | [8,30]
			opens       | ""
			timeZone    | 5
			services    | "teacher-attestation"
			services[0] | 1
			""")
	void refusesAValueOfTheWrongJsonType(String field, String value) {
		String body = field.equals("services") ? school().replaceFirst("\"services\":\\[[^]]*]", "\"services\":" + value)
				: field.equals("services[0]") ? school().replace("[\"teacher-attestation\",", "[" + value + ",")
				: school().replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":" + value);
		assertThat(body).contains(field.endsWith("[0]") ? "[" + value + "," : "\"" + field + "\":" + value);

		assertThat(fieldsAndRules(operator().post("/api/v1/schools", body))).containsExactly(field + ":type");
	}

	@Test
	void refusesAKeyTwiceAndAKeyNoSchoolHas() {
		assertThat(fieldsAndRules(operator().post("/api/v1/schools",
				school().replace("\"bin\":", "\"nameKk\":\"Басқа мектеп\",\"bin\":"))))
			.containsExactly("nameKk:duplicate-key");
		assertThat(fieldsAndRules(operator().post("/api/v1/schools", school().replace("\"bin\":", "\"region\":\"Abai\",\"bin\":"))))
			.containsExactly("region:unknown-field");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "nameKk", "addressRu", "directorName", "responsiblePositionKk", "email", "website" })
	void refusesInvisibleCharactersInAProfile(String field) {
		String body = school().replaceFirst("(\"" + field + "\":\"[^\"]{3})", "$1\u202E");

		assertThat(fieldsAndRules(operator().post("/api/v1/schools", body))).contains(field + ":printable");
	}

	@Test
	void refusesInvisibleCharactersInAccountsAndTokens() {
		Api director = api.as("demo-director", "demo");
		String staff = """
				{"username":"strict-clerk","password":"clerk-secret-1","role":"clerk","fullName":"Серікова\u200BАйгүл",
				 "positionKk":"іс жүргізуші","positionRu":"делопроизводитель"}""";
		assertThat(fieldsAndRules(director.post("/api/v1/school/staff", staff))).containsExactly("fullName:printable");
		assertThat(fieldsAndRules(director.post("/api/v1/school/staff", staff.replace("\u200B", " ")
			.replace("\"role\"", "\"admin\":true,\"role\"")))).containsExactly("admin:unknown-field");
		assertThat(fieldsAndRules(director.post("/api/v1/school/tokens", "{\"name\":\"kundelik\u2066\"}")))
			.containsExactly("name:printable");
		assertThat(fieldsAndRules(director.post("/api/v1/school/tokens", "{\"name\":\"kundelik\",\"name\":\"other\"}")))
			.containsExactly("name:duplicate-key");
	}

	private Api operator() {
		return api.as("operator", "operator");
	}

	/** A new school's profile, with a BIN of its own so that it can be created. */
	private String school() {
		return TestSchools.PROFILE.formatted(testSchools.inventedBin());
	}

	private static List<String> fieldsAndRules(HttpResponse<byte[]> answer) {
		assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
		JsonNode problem = Api.json(answer);
		assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-request");
		List<String> result = new ArrayList<>();
		problem.get("errors").forEach(error -> result.add(error.get("field").asString() + ":" + error.get("rule").asString()));
		return result;
	}
}
