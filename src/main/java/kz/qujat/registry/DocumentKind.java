package kz.qujat.registry;

import com.fasterxml.jackson.annotation.JsonValue;

import kz.qujat.system.Bilingual;
import kz.qujat.system.Coded;

/**
 * The papers a school makes: for an applicant (receipt, refusal, application) and about itself (the service
 * passport poster, the public report, a printout of the journal).
 */
public enum DocumentKind implements Coded {

	RECEIPT("receipt", Bilingual.of("Құжаттарды қабылдау туралы қолхат", "Расписка о приеме документов")),
	REFUSAL("refusal", Bilingual.of("Мемлекеттік қызметті көрсетуден дәлелді бас тарту",
			"Мотивированный отказ в оказании государственной услуги")),
	APPLICATION("application", Bilingual.of("Өтініш", "Заявление")),
	PASSPORT("passport", Bilingual.of("Мемлекеттік қызмет паспорты", "Паспорт государственной услуги")),
	PUBLIC_REPORT("public-report", Bilingual.of("Мемлекеттік қызмет көрсету саласындағы қызмет туралы есеп",
			"Отчет о деятельности в сфере оказания государственных услуг")),
	JOURNAL("journal", Bilingual.of("Мемлекеттік қызметтерді тіркеу журналы", "Журнал регистрации государственных услуг"));

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

	@Override
	@JsonValue
	public String code() {
		return code;
	}

	/** Whether the paper is one of a service's outcomes for an applicant, counted in the public report. */
	public boolean forApplicant() {
		return this == RECEIPT || this == REFUSAL || this == APPLICATION;
	}

	public static DocumentKind fromCode(String code) {
		return Coded.of(DocumentKind.class, code)
			.orElseThrow(() -> new IllegalArgumentException("unknown document kind: " + code));
	}
}
