package kz.qujat.schools.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kz.qujat.system.NoControlCharacters;

/**
 * A new account of a school (public so that the desk's templates can read it back into the form).
 *
 * @param role {@code director} or {@code clerk}
 * @param password at least 10 characters
 */
public record StaffForm(
		@NotBlank(message = "{rule.required}") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,49}", message = "{rule.username}") String username,
		@NotBlank(message = "{rule.required}") @Size(min = 10, max = 200, message = "{rule.password}") String password,
		@NotBlank(message = "{rule.required}") @Pattern(regexp = "director|clerk", message = "{rule.school-role}") String role,
		@NotBlank(message = "{rule.required}") @Size(max = 200, message = "{rule.max-length}") @NoControlCharacters String fullName,
		@NotBlank(message = "{rule.required}") @Size(max = 200, message = "{rule.max-length}") @NoControlCharacters String positionKk,
		@NotBlank(message = "{rule.required}") @Size(max = 200, message = "{rule.max-length}") @NoControlCharacters String positionRu) {
}
