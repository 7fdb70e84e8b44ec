package kz.qujat.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Makes schools with a clerk straight in the database, for tests that need a school of their own. */
@Component
public class TestSchools {

	/** A school's profile as an operator sends it; {@code %s} is its BIN. */
	public static final String PROFILE = """
			{"nameKk":"«Алатау ауылының № 3 мектебі» КММ","nameRu":"КГУ «Школа № 3 села Алатау»","bin":"%s",
			 "addressKk":"Алатау ауылы, Мектеп көшесі, 3","addressRu":"село Алатау, улица Мектеп, 3",
			 "directorName":"Нұрланова Айгүл Серікқызы","responsibleName":"Қанатов Ерлан Болатұлы",
			 "responsiblePositionKk":"директордың орынбасары","responsiblePositionRu":"заместитель директора",
			 "phone":"+7 727 000 00 03","email":"school3@example.kz","website":"https://school3.example.kz",
			 "opens":"08:30","closes":"17:30","lunchStarts":"13:00","lunchEnds":"14:00","timeZone":"Asia/Almaty",
			 "services":["teacher-attestation","school-admission"]}""";

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;

	TestSchools(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	private final AtomicInteger serial = new AtomicInteger();

	/** A school rendering {@code services}, and its clerk {@code username} with the password {@code secret}. */
	public Made create(String username, List<String> services) {
		String bin = inventedBin();
		UUID school = UUID.randomUUID();
		UUID clerk = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("""
				insert into school (id, name_kk, name_ru, bin, address_kk, address_ru, director_name, responsible_name,
				    responsible_position_kk, responsible_position_ru, phone, email, website, opens_at, closes_at,
				    lunch_starts_at, lunch_ends_at, time_zone, services, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '09:00', '18:00', '13:00', '14:00', 'Asia/Almaty', ?, ?)
				""")
			.params(school, "«Көкшетау қаласының № 6 сынақ мектеп-лицейі» КММ", "КГУ «Тестовая школа-лицей № 6 города Кокшетау»",
					bin, "Ақмола облысы, Көкшетау қ., Сынақ көшесі, 6", "Акмолинская область, г. Кокшетау, ул. Тестовая, 6",
					"Сапарова Айжан Болатқызы", "Ермекова Дана Маратқызы", "директордың орынбасары", "заместитель директора",
					"+7 716 200 00 06", "school6@example.kz", "https://school6.example.kz", String.join(",", services), now)
			.update();
		jdbc.sql("""
				insert into staff (id, school_id, username, password_hash, full_name, position_kk, position_ru, role, enabled, created_at)
				values (?, ?, ?, ?, ?, 'іс жүргізуші', 'делопроизводитель', 'CLERK', true, ?)
				""")
			.params(clerk, school, username, passwords.encode("secret"), "Тестова Әлия Серікқызы", now)
			.update();
		return new Made(school, clerk, username, "secret");
	}

	/**
	 * A BIN no organisation has: registered in the 99th month of 1999 (there is none), with a valid check digit,
	 * so that every school a test makes has a BIN of its own.
	 */
	public String inventedBin() {
		while (true) {
			String digits = "999940" + "%05d".formatted(serial.incrementAndGet());
			int check = weighted(digits, new int[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 });
			if (check == 10) {
				check = weighted(digits, new int[] { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 });
			}
			if (check < 10) {
				return digits + check;
			}
		}
	}

	private static int weighted(String digits, int[] weights) {
		int sum = 0;
		for (int i = 0; i < 11; i++) {
			sum += (digits.charAt(i) - '0') * weights[i];
		}
		return sum % 11;
	}

	/** A school made for a test, and its clerk's sign-in. */
	public record Made(UUID school, UUID clerk, String username, String password) {
	}
}
