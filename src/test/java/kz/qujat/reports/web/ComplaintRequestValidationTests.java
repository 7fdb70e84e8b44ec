package kz.qujat.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import kz.qujat.reports.ComplaintRegister;
import kz.qujat.reports.Complaints;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.support.SliceApi;
import kz.qujat.support.WebSlice;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * Complaints are read as strictly as documents: the wrong JSON type, a key twice, an unknown key, invisible
 * characters and an absurd date each answer 400 naming the field and the rule.
 */
@WebSlice(ComplaintController.class)
@Import(ComplaintRegister.class)
@MockitoBean(types = Complaints.class)
class ComplaintRequestValidationTests {

	@MockitoBean
	Schools schools;

	SliceApi api;

	@BeforeEach
	void inASchoolOfAlmaty(@Autowired MockMvc mvc) {
		api = new SliceApi(mvc);
		School school = mock(School.class);
		when(school.zone()).thenReturn(ZoneId.of("Asia/Almaty"));
		when(schools.require(any())).thenReturn(school);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			`"receivedOn":"-999999999-01-01"` | receivedOn:date-range
			`"receivedOn":"1999-12-31"`       | receivedOn:date-range
			`"receivedOn":"+999999999-12-31"` | receivedOn:not-in-future
			`"receivedOn":20261005`           | receivedOn:type
			`"receivedOn":[2026,10,5]`        | receivedOn:type
			`"receivedOn":"2026-10-05","justified":"yes"` | justified:type
			`"receivedOn":"2026-10-05","justified":1`     | justified:type
			`"receivedOn":"2026-10-05","summary":5`       | summary:type
			`"receivedOn":"2026-10-05","summary":"Кешікті\u2067"` | summary:printable
			`"receivedOn":"2026-10-05","receivedOn":"2026-10-06"` | receivedOn:duplicate-key
			`"receivedOn":"2026-10-05","applicant":"Ахметов"`   | applicant:unknown-field
			""")
	void refusesAComplaintOutsideTheRules(String members, String fieldAndRule) {
		String body = "{" + members + (members.contains("\"summary\"") ? "" : ",\"summary\":\"Қолхат кешікті\"") + "}";

		assertThat(fieldsAndRules(api.post("/api/v1/complaints", body))).containsExactly(fieldAndRule);
	}

	private static List<String> fieldsAndRules(MockHttpServletResponse answer) {
		assertThat(answer.getStatus()).as(SliceApi.text(answer)).isEqualTo(400);
		assertThat(answer.getContentType()).isEqualTo("application/problem+json");
		JsonNode problem = SliceApi.json(answer);
		assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-request");
		List<String> result = new ArrayList<>();
		problem.get("errors").forEach(error -> result.add(error.get("field").asString() + ":" + error.get("rule").asString()));
		return result;
	}
}
