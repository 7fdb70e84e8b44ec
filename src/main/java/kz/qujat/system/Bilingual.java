package kz.qujat.system;

import java.io.Serializable;
import java.util.Locale;

/** A text in Kazakh and in Russian; every official text the product prints comes in this pair. */
public record Bilingual(String kk, String ru) implements Serializable {

	public static final Locale KAZAKH = Locale.forLanguageTag("kk");
	public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	public Bilingual {
		if (kk == null || kk.isBlank() || ru == null || ru.isBlank()) {
			throw new IllegalArgumentException("both the Kazakh and the Russian text are required");
		}
		kk = kk.strip();
		ru = ru.strip();
	}

	public static Bilingual of(String kk, String ru) {
		return new Bilingual(kk, ru);
	}

	/** The Russian text for a Russian locale, the Kazakh text otherwise. */
	public String in(Locale locale) {
		return RUSSIAN.getLanguage().equals(locale.getLanguage()) ? ru : kk;
	}
}
