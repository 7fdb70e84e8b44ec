package kz.qujat.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficialDatesTests {

	private final OfficialDates dates = OfficialDates.INSTANCE;

	@ParameterizedTest
	@CsvSource({
		"2026-01-02, 2026 жылғы 2 қаңтар, 2026 жылғы 2 қаңтардағы, 2 января 2026 г.",
		"2026-02-28, 2026 жылғы 28 ақпан, 2026 жылғы 28 ақпандағы, 28 февраля 2026 г.",
		"2026-03-21, 2026 жылғы 21 наурыз, 2026 жылғы 21 наурыздағы, 21 марта 2026 г.",
		"2026-04-01, 2026 жылғы 1 сәуір, 2026 жылғы 1 сәуірдегі, 1 апреля 2026 г.",
		"2026-05-09, 2026 жылғы 9 мамыр, 2026 жылғы 9 мамырдағы, 9 мая 2026 г.",
		"2026-06-15, 2026 жылғы 15 маусым, 2026 жылғы 15 маусымдағы, 15 июня 2026 г.",
		"2026-07-06, 2026 жылғы 6 шілде, 2026 жылғы 6 шілдедегі, 6 июля 2026 г.",
		"2026-08-30, 2026 жылғы 30 тамыз, 2026 жылғы 30 тамыздағы, 30 августа 2026 г.",
		"2026-09-01, 2026 жылғы 1 қыркүйек, 2026 жылғы 1 қыркүйектегі, 1 сентября 2026 г.",
		"2026-10-25, 2026 жылғы 25 қазан, 2026 жылғы 25 қазандағы, 25 октября 2026 г.",
		"2026-11-23, 2026 жылғы 23 қараша, 2026 жылғы 23 қарашадағы, 23 ноября 2026 г.",
		"2026-12-16, 2026 жылғы 16 желтоқсан, 2026 жылғы 16 желтоқсандағы, 16 декабря 2026 г." })
	void writesEveryMonthInBothLanguages(LocalDate day, String kazakh, String attributive, String russian) {
		assertThat(dates.kk(day)).isEqualTo(kazakh);
		assertThat(dates.kkAttributive(day)).isEqualTo(attributive);
		assertThat(dates.ru(day)).isEqualTo(russian);
	}

	@ParameterizedTest
	@CsvSource({ "2026-03-08T09:05, 08.03.2026, 09:05", "2025-12-31T23:59, 31.12.2025, 23:59" })
	void writesNumericDatesAndTimes(String local, String numeric, String time) {
		ZonedDateTime moment = java.time.LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Almaty"));
		assertThat(dates.numeric(moment)).isEqualTo(numeric);
		assertThat(dates.time(moment)).isEqualTo(time);
	}
}
