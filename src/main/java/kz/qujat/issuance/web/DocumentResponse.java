package kz.qujat.issuance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import kz.qujat.issuance.DocumentLinks;
import kz.qujat.registry.DocumentStatus;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.Revocation;
import kz.qujat.registry.Term;

/**
 * A registered document as the API shows it to its school's staff. A void entry (its PDF could not be
 * made) has no PDF, no hash and no verification page. {@code holidayCalendar} is false when the deadline was
 * computed without a holiday calendar for its year (weekends only). A revoked document keeps its PDF and page,
 * and says when, why and by whom it was revoked.
 */
record DocumentResponse(@Schema(example = "9aa39ab9-2279-4978-89c2-4d04799d3a31") UUID id,
		@Schema(example = "ATT-2026-0001") String number,
		@Schema(description = "receipt, refusal, application, passport, public-report or journal", example = "receipt") String kind,
		@Schema(example = "teacher-attestation") String service, @Schema(example = "paper") String channel,
		@Schema(description = "pending, issued, void, superseded or revoked", example = "issued") String status,
		@Schema(example = "2026-11-23T04:40:00Z") Instant receivedAt, @Schema(example = "2026-11-23T04:40:00Z") Instant acceptedAt,
		@Schema(example = "2026-11-24") LocalDate dueOn, Instant dueAt, boolean holidayCalendar,
		@Schema(example = "2026-11-23T05:00:00Z") Instant issuedAt,
		@Schema(example = "7K2M9QX4TB0ZR8D3HW5N") String verificationCode,
		@Schema(example = "https://qujat.example.kz/v/7K2M9QX4TB0ZR8D3HW5N") String verifyUrl,
		@Schema(example = "/api/v1/documents/9aa39ab9-2279-4978-89c2-4d04799d3a31/pdf") String pdfUrl,
		@Schema(description = "SHA-256 of the PDF, hex", example = "3b1f0c5e9a7d2b4f6e8a0c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f") String sha256,
		Revocation revocation) {

	static DocumentResponse of(IssuedDocument document, DocumentLinks links) {
		boolean made = document.status() == DocumentStatus.ISSUED || document.status() == DocumentStatus.REVOKED;
		Term term = document.term();
		return new DocumentResponse(document.id(), document.number().toString(), document.kind().code(),
				document.service(), document.channel().code(), document.status().code(), term.receivedAt(),
				term.acceptedAt(), term.dueOn(), term.dueAt(), term.holidayCalendar(), document.issuedAt(),
				document.verificationCode().value(), made ? links.verify(document) : null,
				made ? links.pdf(document) : null, document.pdfSha256(), document.revocation());
	}
}
