package kz.qujat.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kz.qujat.issuance.Issuer;
import kz.qujat.schools.School;
import kz.qujat.schools.StaffMember;
import kz.qujat.schools.StaffRole;
import kz.qujat.schools.WorkingHours;
import kz.qujat.system.Bilingual;
import kz.qujat.system.Bin;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a series paper's content is written as: the one string its current paper is compared by, so it must not
 * depend on the order a map happens to iterate in (that of {@code Map.of} changes with every start of the JVM, and
 * each start would then issue the journal's printout again under a new number).
 */
class SeriesPapersTests {

	private static final School SCHOOL = new School(UUID.fromString("00000000-0000-4000-8000-00000000000a"),
			Bilingual.of("«Сынақ мектебі» КММ", "КГУ «Тестовая школа»"), new Bin("950341000052"),
			Bilingual.of("Астана, Сынақ көшесі, 1", "Астана, улица Сынак, 1"), "Директор Сынақ", "Жауапты Сынақ",
			Bilingual.of("орынбасар", "заместитель"), "+7 700 000 00 00", "test@example.kz", null,
			new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0), null, null), ZoneId.of("Asia/Almaty"), List.of());

	private final SeriesPapers papers = new SeriesPapers(mock(Issuer.class), JsonMapper.builder().build(),
			Clock.fixed(Instant.parse("2026-11-23T05:00:00Z"), ZoneOffset.UTC));

	private final StaffMember clerk = new StaffMember(UUID.randomUUID(), SCHOOL.id(), "clerk", "Құдайбергенова Сәуле",
			Bilingual.of("іс жүргізуші", "делопроизводитель"), StaffRole.CLERK);

	@Test
	void theContentIsTheSameWhateverOrderItsMapIteratesIn() {
		Map<String, Object> oneWay = new LinkedHashMap<>();
		oneWay.put("service", "teacher-attestation");
		oneWay.put("year", 2026);
		oneWay.put("rows", "9f86d081884c7d65");
		Map<String, Object> theOther = new LinkedHashMap<>();
		theOther.put("rows", "9f86d081884c7d65");
		theOther.put("year", 2026);
		theOther.put("service", "teacher-attestation");

		String content = content(oneWay);

		assertThat(content(theOther)).isEqualTo(content);
		assertThat(content).isEqualTo("{\"rows\":\"9f86d081884c7d65\",\"service\":\"teacher-attestation\",\"year\":2026}");
	}

	private String content(Object of) {
		return papers.paper(SeriesPaper.JOURNAL, SCHOOL, clerk, "teacher-attestation:2026", of, Map.of()).content();
	}
}
