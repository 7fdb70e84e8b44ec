package kz.qujat.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import kz.qujat.support.Api;
import kz.qujat.support.IntegrationTest;
import kz.qujat.support.Pdfs;
import kz.qujat.support.Receipts;
import kz.qujat.support.TestClock;
import kz.qujat.support.TestSchools;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A second school's account walks every staff endpoint against the demo school's papers and accounts: what
 * belongs to another school answers exactly as what does not exist, and lists never show it.
 */
@IntegrationTest
class IsolationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	TestSchools testSchools;

	@Test
	void anotherSchoolsPapersAndAccountsAreNotFound() {
		clock.set(TestClock.MONDAY_MORNING);
		Api demo = new Api(port);
		Api demoDirector = demo.as("demo-director", "demo");
		TestSchools.Made other = testSchools.create("other-school-clerk", List.of("teacher-attestation", "school-admission"));
		Api stranger = demo.as(other.username(), other.password());

		JsonNode receipt = Api.json(demo.post("/api/v1/documents", Receipts.simple("Бөтен Мектеп Тесті")));
		String id = receipt.get("id").asString();
		demo.post("/api/v1/complaints", "{\"receivedOn\":\"2026-11-02\",\"summary\":\"Демо мектептің шағымы\"}");
		JsonNode token = Api.json(demoDirector.post("/api/v1/school/tokens", "{\"name\":\"demo-only\"}")).get("token");
		String demoPoster = demo.get("/api/v1/services/teacher-attestation/passport.pdf").headers()
			.firstValue("X-Document-Id").orElseThrow();

		HttpResponse<byte[]> metadata = stranger.get("/api/v1/documents/" + id);
		HttpResponse<byte[]> nothing = stranger.get("/api/v1/documents/00000000-0000-4000-8000-00000000abcd");
		assertThat(metadata.statusCode()).isEqualTo(404);
		assertThat(Api.json(metadata).get("type")).isEqualTo(Api.json(nothing).get("type"));
		assertThat(stranger.get("/api/v1/documents/" + id + "/pdf").statusCode()).isEqualTo(404);
		assertThat(stranger.post("/api/v1/documents/" + id + "/revoke", "{\"reason\":\"other\"}").statusCode()).isEqualTo(404);
		assertThat(Api.json(demo.get("/api/v1/documents/" + id)).get("status").asString()).isEqualTo("issued");
		assertThat(Api.text(stranger.get("/api/v1/documents?limit=1000"))).doesNotContain(id, receipt.get("number").asString());
		assertThat(Api.text(stranger.get("/api/v1/complaints?year=2026"))).doesNotContain("Демо мектептің шағымы");

		HttpResponse<byte[]> poster = stranger.get("/api/v1/services/teacher-attestation/passport.pdf");
		assertThat(poster.headers().firstValue("X-Document-Id").orElseThrow()).isNotEqualTo(demoPoster);
		assertThat(Pdfs.textAsDrawn(poster.body())).contains("Тестовая школа-лицей").doesNotContain("Жулдыз");
		assertThat(Pdfs.textAsDrawn(stranger.get("/api/v1/reports/public.pdf?year=2026").body()))
			.contains("Тестовая школа-лицей").doesNotContain("Жулдыз");
		assertThat(Pdfs.textAsDrawn(stranger.get("/api/v1/reports/journal.pdf?service=teacher-attestation&year=2026").body()))
			.doesNotContain(receipt.get("number").asString(), "Бөтен Мектеп Тесті");
		assertThat(Api.text(stranger.get("/api/v1/reports/journal.csv?service=teacher-attestation&year=2026")))
			.doesNotContain(receipt.get("number").asString());
		assertThat(Api.json(stranger.get("/api/v1/school")).get("bin").asString()).isNotEqualTo("940140000385");

		assertThat(stranger.get("/api/v1/school/staff").statusCode()).isEqualTo(403);
		Api strangerDirector = strangerDirector(demo, other);
		assertThat(Api.text(strangerDirector.get("/api/v1/school/staff"))).doesNotContain("demo-director");
		assertThat(strangerDirector.delete("/api/v1/school/tokens/" + token.get("id").asString()).statusCode()).isEqualTo(404);
		assertThat(strangerDirector.delete("/api/v1/school/staff/00000000-0000-4000-8000-000000000002").statusCode())
			.isEqualTo(404);
		assertThat(strangerDirector.get("/api/v1/audit?school=00000000-0000-4000-8000-000000000001").statusCode())
			.isEqualTo(404);
		assertThat(Api.text(strangerDirector.get("/api/v1/audit?limit=1000"))).doesNotContain(receipt.get("number").asString());
		assertThat(Api.text(demoDirector.get("/api/v1/audit?limit=1000"))).contains(receipt.get("number").asString());
	}

	private Api strangerDirector(Api any, TestSchools.Made other) {
		Api operator = any.as("operator", "operator");
		HttpResponse<byte[]> created = operator.post("/api/v1/schools/" + other.school() + "/staff", """
				{"username":"other-school-director","password":"other-director-1","role":"director",
				 "fullName":"Басқа Директор","positionKk":"директор","positionRu":"директор"}""");
		assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
		return any.as("other-school-director", "other-director-1");
	}
}
