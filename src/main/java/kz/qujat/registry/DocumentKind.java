package kz.qujat.registry;

import com.fasterxml.jackson.annotation.JsonValue;

import kz.qujat.system.Bilingual;

/** The papers a school hands an applicant. */
public enum DocumentKind {

	RECEIPT("receipt", Bilingual.of("Құжаттарды қабылдау туралы қолхат", "Расписка о приеме документов")),
	REFUSAL("refusal", Bilingual.of("Мемлекеттік қызметті көрсетуден дәлелді бас тарту",
			"Мотивированный отказ в оказании государственной услуги")),
	APPLICATION("application", Bilingual.of("Өтініш", "Заявление"));

	private final String code;
	private final Bilingual title;

	DocumentKind(String code, Bilingual title) {
		this.code = code;
		this.title = title;
	}

	/** What a paper of this kind is called. */
	public Bilingual title() {
		return title;
	}

	@JsonValue
	public String code() {
		return code;
	}

	public static DocumentKind fromCode(String code) {
		for (DocumentKind kind : values()) {
			if (kind.code.equals(code)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown document kind: " + code);
	}
}
