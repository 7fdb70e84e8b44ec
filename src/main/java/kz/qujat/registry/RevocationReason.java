package kz.qujat.registry;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

import kz.qujat.system.Bilingual;
import kz.qujat.system.Coded;

/** Why a school revoked a document it issued; the public page names the category, never the staff's note. */
public enum RevocationReason implements Coded {

	ISSUED_IN_ERROR("issued-in-error", Bilingual.of("Қателікпен берілген", "Выдан ошибочно")),
	SUPERSEDED("superseded", Bilingual.of("Жаңа құжатпен ауыстырылған", "Заменён новым документом")),
	REFUSAL_OVERTURNED("refusal-overturned", Bilingual.of("Бас тарту шешімінің күші жойылған", "Отказ отменён")),
	OTHER("other", Bilingual.of("Басқа себеп", "Иная причина"));

	private final String code;
	private final Bilingual title;

	RevocationReason(String code, Bilingual title) {
		this.code = code;
		this.title = title;
	}

	@Override
	@JsonValue
	public String code() {
		return code;
	}

	/** What the reason is called, for the public page. */
	public Bilingual title() {
		return title;
	}

	public static Optional<RevocationReason> fromCode(String code) {
		return Coded.of(RevocationReason.class, code);
	}
}
