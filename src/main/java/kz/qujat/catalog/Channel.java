package kz.qujat.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import kz.qujat.system.Bilingual;
import kz.qujat.system.Coded;

/** How an applicant reached the school; the public report counts services by channel. */
public enum Channel implements Coded {

	PAPER("paper", Bilingual.of("көрсетілетін қызметті берушінің кеңсесі арқылы қағаз жүзінде",
			"на бумажном носителе через канцелярию услугодателя")),
	PORTAL("portal", Bilingual.of("электрондық түрде (egov.kz порталы, «Ұстаз» платформасы)",
			"в электронном виде (портал egov.kz, платформа «Ұстаз»)")),
	STATE_CORPORATION("state-corporation", Bilingual.of("«Азаматтарға арналған үкімет» Мемлекеттік корпорациясы арқылы",
			"через Государственную корпорацию «Правительство для граждан»"));

	private final String code;
	private final Bilingual name;

	Channel(String code, Bilingual name) {
		this.code = code;
		this.name = name;
	}

	@Override
	@JsonValue
	public String code() {
		return code;
	}

	public Bilingual title() {
		return name;
	}

	public static Channel fromCode(String code) {
		return Coded.of(Channel.class, code).orElseThrow(() -> new IllegalArgumentException("unknown channel: " + code));
	}

	public static boolean isKnown(String code) {
		return Coded.of(Channel.class, code).isPresent();
	}
}
