package kz.qujat.issuance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kz.qujat.registry.DocumentKind;
import kz.qujat.system.NoControlCharacters;
import kz.qujat.system.PrintableText;
import kz.qujat.system.ValidIin;
import kz.qujat.system.ValidPhone;

import org.hibernate.validator.constraints.Range;

/**
 * What a clerk submits to issue (or preview) a document. Field rules sit on the fields; the rules that need
 * the catalog (known kind, service, channel, document codes, refusal grounds, application fields) and those
 * that depend on the kind are checked by {@link ConsistentWithCatalog}.
 *
 * @param channel {@code paper} (the default), {@code portal} or {@code state-corporation}
 * @param languages {@code ["kk","ru"]} (the default), {@code ["kk"]} or {@code ["ru"]}
 * @param documents for a receipt: the documents handed in
 * @param refusal for a refusal: the grounds and the explanation
 * @param application for an application: the values of the service's form fields, by field name
 * @param receivedAt when the documents were handed in; now when absent
 */
@ConsistentWithCatalog
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A document to issue or preview. Each kind has its part: documents (receipt), refusal (refusal), application (application).")
public record IssueRequest(
		@Schema(allowableValues = { "receipt", "refusal", "application" }) @NotBlank(message = "{rule.required}") String kind,
		@Schema(description = "A service code of the catalog (GET /api/v1/services)", example = "teacher-attestation") @NotBlank(message = "{rule.required}") String service,
		@Schema(allowableValues = { "paper", "portal", "state-corporation" }, defaultValue = "paper") String channel,
		@Schema(description = "Which languages to print, Kazakh first", example = "[\"kk\", \"ru\"]") @Size(min = 1, max = 2, message = "{rule.one-of-languages}") List<String> languages,
		@NotNull(message = "{rule.required}") @Valid Applicant applicant,
		@Schema(description = "Receipts: the documents handed in, by catalog code") @Size(max = 60, message = "{rule.max-items}") List<@NotNull(message = "{rule.required}") @Valid AcceptedDocument> documents,
		@Schema(description = "Refusals: grounds (codes of the service's refusalGrounds) and the explanation") @Valid Refusal refusal,
		@Schema(description = "Applications: the values of the service's application.fields by name, e.g. {\"action\":\"assign\",\"category\":\"moderator\",\"position\":\"…\",\"workplace\":\"…\"}") Map<String, Object> application,
		@Schema(description = "When the documents were handed in (at most 30 days back); now when absent") OffsetDateTime receivedAt) {

	public static final List<String> BOTH_LANGUAGES = List.of("kk", "ru");

	/** The person the document is issued to (for a child's service, the parent who applies). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Applicant(
			@NotBlank(message = "{rule.required}") @Size(max = 200, message = "{rule.max-length}") @NoControlCharacters String fullName,
			@NotBlank(message = "{rule.required}") @ValidIin String iin,
			@Size(max = 300, message = "{rule.max-length}") @NoControlCharacters String address,
			@Size(max = 30, message = "{rule.max-length}") @ValidPhone String phone,
			@Size(max = 200, message = "{rule.max-length}") @Email(message = "{rule.email}") @NoControlCharacters String email) {

		/** The same applicant with only the contact details named ({@code address}, {@code phone}, {@code email}). */
		Applicant showing(Set<String> contacts) {
			return new Applicant(fullName, iin, contacts.contains("address") ? address : null,
					contacts.contains("phone") ? phone : null, contacts.contains("email") ? email : null);
		}
	}

	/**
	 * One document handed in: its catalog code, how many sheets, whether it is the original, and a note that
	 * tells apart several documents of one code (e.g. each certificate of achievement). {@code sheets},
	 * {@code original} and {@code note} may be left out; the receipt then leaves them blank.
	 */
	public record AcceptedDocument(
			@NotBlank(message = "{rule.required}") String code,
			@Range(min = 1, max = 999, message = "{rule.range}") Integer sheets,
			Boolean original,
			@Size(max = 200, message = "{rule.max-length}") @NoControlCharacters String note) {
	}

	/**
	 * Why a service is refused: grounds from the service's catalog entry, quoted verbatim on the letter, and
	 * the clerk's own words on what exactly was wrong.
	 *
	 * @param applicationDate the day the applicant applied
	 */
	public record Refusal(
			@NotNull(message = "{rule.required}") LocalDate applicationDate,
			List<String> grounds,
			@NotNull(message = "{rule.required}") @Valid Explanation explanation) {
	}

	/**
	 * What exactly was wrong, in Kazakh and/or Russian; a plain string in the request is taken as written,
	 * in whichever language it is.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(description = "What exactly was wrong: `kk` and/or `ru`, or `text` in whichever language it is written; "
			+ "a plain JSON string in place of this object is taken as `text`")
	public record Explanation(
			@Size(max = 4000, message = "{rule.max-length}") @Pattern(regexp = PrintableText.MULTI_LINE, message = "{rule.printable}") String kk,
			@Size(max = 4000, message = "{rule.max-length}") @Pattern(regexp = PrintableText.MULTI_LINE, message = "{rule.printable}") String ru,
			@Size(max = 4000, message = "{rule.max-length}") @Pattern(regexp = PrintableText.MULTI_LINE, message = "{rule.printable}") String text) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		public Explanation(@JsonProperty("kk") String kk, @JsonProperty("ru") String ru, @JsonProperty("text") String text) {
			this.kk = blankToNull(kk);
			this.ru = blankToNull(ru);
			this.text = blankToNull(text);
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Explanation of(String text) {
			return new Explanation(null, null, text);
		}

		@Hidden
		public boolean isEmpty() {
			return kk == null && ru == null && text == null;
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}
	}

	IssueRequest withApplicant(Applicant other) {
		return new IssueRequest(kind, service, channel, languages, other, documents, refusal, application, receivedAt);
	}

	/** The kind of paper the request names, if it names one: the one place the kind's code is read. */
	Optional<DocumentKind> documentKind() {
		return Arrays.stream(DocumentKind.values()).filter(documentKind -> documentKind.code().equals(kind)).findFirst();
	}

	public String channelOrDefault() {
		return channel == null ? "paper" : channel;
	}

	public List<String> languagesOrDefault() {
		return languages == null ? BOTH_LANGUAGES : languages;
	}
}
