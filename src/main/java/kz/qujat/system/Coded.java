package kz.qujat.system;

import java.util.Optional;

/**
 * A constant known outside by a code, in JSON, URLs and the database: e.g. the channel {@code state-corporation}.
 */
public interface Coded {

	String code();

	/** The constant of an enum with this code, if it has one. */
	static <E extends Enum<E> & Coded> Optional<E> of(Class<E> type, String code) {
		for (E constant : type.getEnumConstants()) {
			if (constant.code().equals(code)) {
				return Optional.of(constant);
			}
		}
		return Optional.empty();
	}
}
