package kz.qujat.reports;

/**
 * Text cells of a CSV file that a spreadsheet shows as text: one that begins with a character a spreadsheet reads as
 * the start of a formula gets a leading single quote, as OWASP's guidance on CSV injection says, so that a name
 * typed as {@code =HYPERLINK(…)} cannot run when a clerk opens the journal in Excel.
 */
final class SpreadsheetCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetCells() {
	}

	static String neutralised(String cell) {
		return cell == null || cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 ? cell : "'" + cell;
	}
}
