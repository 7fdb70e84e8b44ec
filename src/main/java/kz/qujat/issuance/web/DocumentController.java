package kz.qujat.issuance.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import kz.qujat.issuance.ApplicantPapers;
import kz.qujat.issuance.DocumentLinks;
import kz.qujat.issuance.Downloads;
import kz.qujat.issuance.IssueRequest;
import kz.qujat.registry.DocumentNotFound;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.JournalFilter;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Idempotent;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Issuing documents and fetching them back, always within the clerk's own school. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentController {

	private final ApplicantPapers papers;
	private final IssuedDocuments documents;
	private final DocumentLinks links;
	private final Schools schools;
	private final Revocations revocations;
	private final Downloads downloads;

	DocumentController(ApplicantPapers papers, IssuedDocuments documents, DocumentLinks links, Schools schools,
			Revocations revocations, Downloads downloads) {
		this.papers = papers;
		this.documents = documents;
		this.links = links;
		this.schools = schools;
		this.revocations = revocations;
		this.downloads = downloads;
	}

	@Idempotent
	@Operation(operationId = "issueDocument", summary = "Issue a paper",
			description = "Numbers, renders, signs and stores a receipt, refusal or application of the caller's "
				+ "school; the answer names its number, verification code and PDF.")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DocumentResponse> issue(@Valid @RequestBody IssueRequest request, StaffMember clerk) {
		IssuedDocument document = papers.issue(request, clerk);
		return ResponseEntity.created(URI.create(links.self(document))).body(DocumentResponse.of(document, links));
	}

	/** The PDF the request would give, marked ҮЛГІ / ОБРАЗЕЦ; nothing is numbered or stored. */
	@Operation(operationId = "previewDocument", summary = "Preview a paper",
			description = "The PDF the request would give, marked ҮЛГІ / ОБРАЗЕЦ; nothing is numbered or stored.")
	@ApiResponse(responseCode = "200", description = "The sample PDF",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> preview(@Valid @RequestBody IssueRequest request, StaffMember clerk) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("preview.pdf").build().toString())
			.cacheControl(CacheControl.noStore())
			.body(papers.preview(request, clerk));
	}

	/**
	 * The school's registration journal, oldest first; {@code from} and {@code to} are days in the school's time zone,
	 * {@code q} finds a part of a registration number or of an applicant's name in any letter case.
	 */
	@Operation(operationId = "listJournal", summary = "List the registration journal",
			description = "The school's journal, oldest first; `from` and `to` are days in the school's time zone, "
				+ "`q` finds part of a number or an applicant's name.")
	@GetMapping
	List<DocumentResponse> journal(@RequestParam(required = false) String service,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "100") int limit,
			@RequestParam(defaultValue = "0") int offset, StaffMember staff) {
		JournalQuery query = new JournalQuery(service, kind, status, from, to, q);
		JournalFilter filter = query.filter(schools.require(staff.schoolId()).zone(), limit, offset);
		return documents.journal(staff.schoolId(), filter).stream().map(d -> DocumentResponse.of(d, links)).toList();
	}

	@Operation(operationId = "getDocument", summary = "Get a journal entry")
	@GetMapping("/{id}")
	DocumentResponse one(@PathVariable UUID id, StaffMember staff) {
		return documents.find(staff.schoolId(), id).map(d -> DocumentResponse.of(d, links))
			.orElseThrow(() -> new DocumentNotFound(id));
	}

	/**
	 * Withdraws an issued document of the caller's school: it stays in the journal with its PDF, and its public
	 * page and verification say revoked from now on. Once only; there is no way back.
	 */
	@Idempotent
	@Operation(operationId = "revokeDocument", summary = "Revoke a paper",
			description = "It stays in the journal with its PDF; its public page and verification say revoked from "
				+ "now on. Once only.")
	@ApiResponse(responseCode = "200", description = "The entry, revoked")
	@ApiResponse(responseCode = "409",
			description = "Revoked before (`/problems/already-revoked`), or the entry holds no paper "
				+ "(`/problems/document-not-issued`)")
	@PostMapping(path = "/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
	DocumentResponse revoke(@PathVariable UUID id, @Valid @RequestBody RevokeRequest request, StaffMember staff) {
		return DocumentResponse.of(revocations.revoke(staff, id, request), links);
	}

	@Operation(operationId = "downloadPdf", summary = "Download a paper's PDF",
			description = "The signed PDF as stored, byte for byte (its SHA-256 is in the entry).")
	@ApiResponse(responseCode = "200", description = "The signed PDF",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, StaffMember staff) {
		return downloads.pdf(staff, documents.find(staff.schoolId(), id).orElseThrow(() -> new DocumentNotFound(id)));
	}
}
