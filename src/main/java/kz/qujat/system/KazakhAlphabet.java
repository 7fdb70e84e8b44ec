package kz.qujat.system;

/** The letters a Kazakh or Russian paper may need; a font that lacks any of them prints boxes. */
public final class KazakhAlphabet {

	/** The 42 letters of the Kazakh Cyrillic alphabet, capital and small. */
	public static final String LETTERS = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
			+ "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

	/** Signs official papers use beside the letters. */
	public static final String SIGNS = "№«»–—";

	private KazakhAlphabet() {
	}
}
