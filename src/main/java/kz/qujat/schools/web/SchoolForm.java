package kz.qujat.schools.web;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kz.qujat.schools.School;
import kz.qujat.schools.WorkingHours;
import kz.qujat.system.Bilingual;
import kz.qujat.system.Bin;
import kz.qujat.system.NoControlCharacters;
import kz.qujat.system.ValidBin;
import kz.qujat.system.ValidPhone;

/**
 * A school's profile as an operator creates it or its director edits it (public so that the desk's templates
 * can read it back into the form).
 *
 * @param timeZone an IANA region id such as Asia/Almaty (not an offset); Asia/Almaty when absent
 * @param services the catalog codes of the services the school renders
 */
public record SchoolForm(
		@NotBlank(message = "{rule.required}") @Size(max = 500, message = "{rule.max-length}") @NoControlCharacters String nameKk,
		@NotBlank(message = "{rule.required}") @Size(max = 500, message = "{rule.max-length}") @NoControlCharacters String nameRu,
		@NotBlank(message = "{rule.required}") @ValidBin String bin,
		@NotBlank(message = "{rule.required}") @Size(max = 500, message = "{rule.max-length}") @NoControlCharacters String addressKk,
		@NotBlank(message = "{rule.required}") @Size(max = 500, message = "{rule.max-length}") @NoControlCharacters String addressRu,
		@NotBlank(message = "{rule.required}") @Size(max = 200, message = "{rule.max-length}") @NoControlCharacters String directorName,
		@NotBlank(message = "{rule.required}") @Size(max = 200, message = "{rule.max-length}") @NoControlCharacters String responsibleName,
		@NotBlank(message = "{rule.required}") @Size(max = 200, message = "{rule.max-length}") @NoControlCharacters String responsiblePositionKk,
		@NotBlank(message = "{rule.required}") @Size(max = 200, message = "{rule.max-length}") @NoControlCharacters String responsiblePositionRu,
		@NotBlank(message = "{rule.required}") @Size(max = 50, message = "{rule.max-length}") @ValidPhone String phone,
		@NotBlank(message = "{rule.required}") @Size(max = 200, message = "{rule.max-length}") @Email(message = "{rule.email}") @NoControlCharacters String email,
		@Size(max = 200, message = "{rule.max-length}") @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{rule.website}") @NoControlCharacters String website,
		@NotNull(message = "{rule.required}") LocalTime opens,
		@NotNull(message = "{rule.required}") LocalTime closes,
		LocalTime lunchStarts,
		LocalTime lunchEnds,
		String timeZone,
		@NotEmpty(message = "{rule.required}") List<@NotBlank(message = "{rule.required}") String> services) {

	/** The form of a school's profile as it stands, for its director to edit. */
	static SchoolForm of(School school) {
		WorkingHours hours = school.hours();
		return new SchoolForm(school.name().kk(), school.name().ru(), school.bin().value(), school.address().kk(),
				school.address().ru(), school.directorName(), school.responsibleName(), school.responsiblePosition().kk(),
				school.responsiblePosition().ru(), school.phone(), school.email(), school.website(), hours.opens(),
				hours.closes(), hours.lunchStarts(), hours.lunchEnds(), school.zone().getId(), school.services());
	}

	School toSchool(UUID id, WorkingHours hours, ZoneId zone) {
		return new School(id, Bilingual.of(nameKk, nameRu), new Bin(bin), Bilingual.of(addressKk, addressRu), directorName.strip(),
				responsibleName.strip(), Bilingual.of(responsiblePositionKk, responsiblePositionRu), phone.strip(),
				email.strip(), website == null || website.isBlank() ? null : website.strip(), hours, zone,
				services.stream().distinct().toList());
	}
}
