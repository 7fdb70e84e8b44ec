package kz.qujat.system;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Dates as official papers write them: {@code 2026 жылғы 23 қараша}, {@code 2026 жылғы 23 қарашадағы},
 * {@code 23 ноября 2026 г.}, {@code 23.11.2026}. Templates reach it as {@code dates}.
 */
public final class OfficialDates {

	private static final List<String> KAZAKH_MONTHS = List.of("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр",
			"маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан");

	private static final List<String> KAZAKH_MONTHS_ATTRIBUTIVE = List.of("қаңтардағы", "ақпандағы", "наурыздағы",
			"сәуірдегі", "мамырдағы", "маусымдағы", "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы",
			"қарашадағы", "желтоқсандағы");

	private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'", Bilingual.RUSSIAN);

	private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	public static final OfficialDates INSTANCE = new OfficialDates();

	private OfficialDates() {
	}

	/** {@code 2026 жылғы 23 қараша} */
	public String kk(TemporalAccessor date) {
		LocalDate day = LocalDate.from(date);
		return day.getYear() + " жылғы " + day.getDayOfMonth() + " " + KAZAKH_MONTHS.get(day.getMonthValue() - 1);
	}

	/** {@code 2026 жылғы 23 қарашадағы}, the form that qualifies a noun ("...қарашадағы № 5 бұйрық"). */
	public String kkAttributive(TemporalAccessor date) {
		LocalDate day = LocalDate.from(date);
		return day.getYear() + " жылғы " + day.getDayOfMonth() + " "
				+ KAZAKH_MONTHS_ATTRIBUTIVE.get(day.getMonthValue() - 1);
	}

	/** {@code 23 ноября 2026 г.} */
	public String ru(TemporalAccessor date) {
		return RUSSIAN.format(LocalDate.from(date));
	}

	/** {@code 23.11.2026} */
	public String numeric(TemporalAccessor date) {
		return NUMERIC.format(LocalDate.from(date));
	}

	/** {@code 14:05} */
	public String time(TemporalAccessor time) {
		return TIME.format(LocalTime.from(time));
	}
}
