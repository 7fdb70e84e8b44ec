package kz.qujat.issuance;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import kz.qujat.system.NoControlCharacters;
import kz.qujat.system.ValidIin;

/**
 * What a clerk submits to issue a document. Field rules sit on the fields; the rules that need the
 * catalog (known kind, service, channel and document codes) are checked by {@link ConsistentWithCatalog}.
 *
 * @param channel {@code paper} (the default), {@code portal} or {@code state-corporation}
 * @param receivedAt when the documents were handed in; now when absent
 */
@ConsistentWithCatalog
public record IssueRequest(
		@NotBlank(message = "{rule.required}") String kind,
		@NotBlank(message = "{rule.required}") String service,
		String channel,
		@NotNull(message = "{rule.required}") @Valid Applicant applicant,
		@NotEmpty(message = "{rule.required}") @Size(max = 60, message = "{rule.max-items}") List<@NotNull(message = "{rule.required}") @Valid AcceptedDocument> documents,
		OffsetDateTime receivedAt) {

	/** The person the document is issued to. */
	public record Applicant(
			@NotBlank(message = "{rule.required}") @Size(max = 200, message = "{rule.max-length}") @NoControlCharacters String fullName,
			@NotBlank(message = "{rule.required}") @ValidIin String iin) {
	}

	/**
	 * One document handed in: its catalog code, how many sheets, and whether it is the original.
	 * {@code sheets} and {@code original} may be left out; the receipt then leaves them blank.
	 */
	public record AcceptedDocument(
			@NotBlank(message = "{rule.required}") String code,
			@Range(min = 1, max = 999, message = "{rule.range}") Integer sheets,
			Boolean original) {
	}

	public String channelOrDefault() {
		return channel == null ? "paper" : channel;
	}
}
