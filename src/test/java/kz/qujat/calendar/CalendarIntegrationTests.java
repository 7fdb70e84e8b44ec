package kz.qujat.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.ZoneId;

import kz.qujat.support.Api;
import kz.qujat.support.Pdfs;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The calendar over HTTP, and the deadlines it puts on receipts. */
class CalendarIntegrationTests extends ServiceTest {

	static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	@Test
	void listsEveryDayOfTheYearWithTheReasonForEachDayOff() {
		JsonNode year = Api.json(api.get("/api/v1/calendar/2026"));

		assertThat(year.get("holidayCalendar").asBoolean()).isTrue();
		assertThat(year.get("days")).hasSize(365);
		// 261 weekdays, less 9 holidays on weekdays and 6 days off moved from weekends
		assertThat(year.get("workingDays").asInt()).isEqualTo(246);
		assertThat(year.get("daysOff").asInt()).isEqualTo(119);
		JsonNode nauryzMove = year.get("days").get(82);
		assertThat(nauryzMove.get("date").asString()).isEqualTo("2026-03-24");
		assertThat(nauryzMove.get("working").asBoolean()).isFalse();
		assertThat(nauryzMove.get("kind").asString()).isEqualTo("day-off");
		assertThat(nauryzMove.get("reason").get("ru").asString()).isEqualTo("перенос с субботы 21 марта");
		assertThat(year.get("days").get(241).get("verified").asBoolean()).isFalse(); // 30 August, unverified
	}

	@Test
	void saysWhenAYearHasNoHolidayCalendar() {
		JsonNode year = Api.json(api.get("/api/v1/calendar/2030"));
		assertThat(year.get("holidayCalendar").asBoolean()).isFalse();
		assertThat(year.get("days").get(0).get("working").asBoolean()).isTrue(); // 1 January 2030, a Tuesday
	}

	@Test
	void answersWhenDocumentsCountAsAcceptedAndWhenTheResultIsDue() {
		JsonNode due = Api.json(api.get("/api/v1/calendar/due?service=teacher-attestation&at=2026-11-20T18:01:00%2B05:00"));

		assertThat(due.get("acceptedAt").asString()).isEqualTo("2026-11-23T09:00:00+05:00");
		assertThat(due.get("acceptedLater").asBoolean()).isTrue();
		assertThat(due.get("dueOn").asString()).isEqualTo("2026-11-24");
		assertThat(due.get("holidayCalendar").asBoolean()).isTrue();
		assertThat(due.get("term").get("workingDays").asInt()).isEqualTo(1);
	}

	@Test
	void refusesWhatItCannotAnswer() {
		assertThat(field(api.get("/api/v1/calendar/1999"))).isEqualTo("year");
		assertThat(field(api.get("/api/v1/calendar/due?service=driving-licence"))).isEqualTo("service");
		assertThat(api.get("/api/v1/calendar/due").statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/calendar/due?service=teacher-attestation&at=yesterday").statusCode()).isEqualTo(400);
		assertThat(api.anonymous().get("/api/v1/calendar/2026").statusCode()).isEqualTo(401);
	}

	@Test
	void aReceiptSubmittedAfterHoursSaysWhenItCountsAsAccepted() {
		clock.set(ZonedDateTime.of(2026, 12, 15, 18, 30, 0, 0, ALMATY).toInstant());
		JsonNode receipt = Api.json(api.post("/api/v1/documents", Receipts.simple("Кешкі Өтініш")));

		assertThat(receipt.get("acceptedAt").asString()).isEqualTo("2026-12-17T04:00:00Z");
		assertThat(receipt.get("dueOn").asString()).isEqualTo("2026-12-18");
		String text = Pdfs.text(api.get(receipt.get("pdfUrl").asString()).body());
		assertThat(text).contains("Құжаттар тапсырылды", "2026 жылғы 15 желтоқсан, 18:30 / 15 декабря 2026 г., 18:30")
			.contains("Считаются принятыми", "2026 жылғы 17 желтоқсан, 09:00 / 17 декабря 2026 г., 09:00")
			.contains("2026 жылғы 18 желтоқсан / 18 декабря 2026 г.")
			.doesNotContain("без календаря");
	}

	@Test
	void aReceiptInAYearWithoutACalendarSaysItsDeadlineCountedWeekendsOnly() {
		clock.set(ZonedDateTime.of(2028, 3, 7, 10, 0, 0, 0, ALMATY).toInstant());
		HttpResponse<byte[]> created = api.post("/api/v1/documents", Receipts.simple("Болашақ Өтініш"));
		JsonNode receipt = Api.json(created);

		assertThat(receipt.get("holidayCalendar").asBoolean()).isFalse();
		assertThat(receipt.get("number").asString()).startsWith("ATT-2028-");
		assertThat(Pdfs.textAsDrawn(api.get(receipt.get("pdfUrl").asString()).body()))
			.contains("Срок рассчитан без календаря праздников, с учётом только выходных");
	}

	private static String field(HttpResponse<byte[]> answer) {
		assertThat(answer.statusCode()).isEqualTo(400);
		return Api.json(answer).get("errors").get(0).get("field").asString();
	}
}
