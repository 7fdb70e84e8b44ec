package kz.qujat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import kz.qujat.system.Sha256;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The digest that decides whether a journal's printout is made again: computed as the rows are read, it is the one
 * their list written at once had, so the printouts made before the rows were streamed stay current.
 */
class JournalDigestTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theRowsAsTheyComeDigestLikeTheirListWrittenAtOnce() {
		List<JournalPrints.Row> rows = List.of(
				new JournalPrints.Row("ATT-2026-0001", "23.11.2026 09:40", "Жұмабекова Әсел Қуанышқызы, ЖСН/ИИН 800416300257",
						"1) Өтініш / Заявление\n2) Диплом / Диплом (\"көшірме\" / копия)", "Қолхат / Расписка", "07.12.2026",
						"Құдайбергенова Сәуле Ерғалиқызы", "берілді / выдан"),
				new JournalPrints.Row("ATT-2026-0002", "23.11.2026 09:41", "=HYPERLINK(\"x\")", "", "Бас тарту / Отказ", "",
						"", "жарамсыз (жасалмады) / недействителен (не сформирован)"));

		JournalPrints.Digest digest = JournalPrints.digest(json, rows);

		assertThat(digest.hex()).isEqualTo(Sha256.hex(json.writeValueAsString(rows)));
		assertThat(digest.rows()).isEqualTo(2);
	}

	@Test
	void anEmptyJournalDigestsLikeAnEmptyList() {
		assertThat(JournalPrints.digest(json, List.of()).hex()).isEqualTo(Sha256.hex(json.writeValueAsString(List.of())));
	}
}
