package kz.qujat.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kz.qujat.system.NoControlCharacters;

/** A token to make: its name, and the account it acts as (the director's own when absent). */
record TokenForm(@NotBlank(message = "{rule.required}") @Size(max = 100, message = "{rule.max-length}") @NoControlCharacters String name,
		String staff) {
}
