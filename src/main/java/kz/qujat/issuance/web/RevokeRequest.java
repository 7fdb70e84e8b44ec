package kz.qujat.issuance.web;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kz.qujat.system.NoControlCharacters;

/**
 * Why a document is revoked: a reason category, which the public page shows, and an optional note for the
 * journal only.
 */
record RevokeRequest(
		@Schema(allowableValues = { "issued-in-error", "superseded", "refusal-overturned", "other" }) @NotBlank(message = "{rule.required}") String reason,
		@Schema(description = "For the journal; never shown on the public page") @Size(max = 500, message = "{rule.max-length}") @NoControlCharacters String note) {
}
