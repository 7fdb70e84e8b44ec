package kz.qujat.issuance.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import kz.qujat.issuance.ApplicantPapers;
import kz.qujat.issuance.Downloads;
import kz.qujat.issuance.IssueRequest;
import kz.qujat.registry.DocumentDownloaded;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.DocumentNotFound;
import kz.qujat.registry.DocumentRevoked;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.JournalFilter;
import kz.qujat.registry.RevocationReason;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Coded;
import kz.qujat.system.InvalidField;
import kz.qujat.system.RegistryYears;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Issuing documents and fetching them back, always within the clerk's own school. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentController {

	private final ApplicantPapers papers;
	private final IssuedDocuments documents;
	private final DocumentLinks links;
	private final Schools schools;
	private final ApplicationEventPublisher events;
	private final Downloads downloads;

	DocumentController(ApplicantPapers papers, IssuedDocuments documents, DocumentLinks links, Schools schools,
			ApplicationEventPublisher events, Downloads downloads) {
		this.papers = papers;
		this.documents = documents;
		this.links = links;
		this.schools = schools;
		this.events = events;
		this.downloads = downloads;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DocumentResponse> issue(@Valid @RequestBody IssueRequest request, StaffMember clerk) {
		IssuedDocument document = papers.issue(request, clerk);
		return ResponseEntity.created(URI.create(links.self(document))).body(DocumentResponse.of(document, links));
	}

	/** The PDF the request would give, marked ҮЛГІ / ОБРАЗЕЦ; nothing is numbered or stored. */
	@PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> preview(@Valid @RequestBody IssueRequest request, StaffMember clerk) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("preview.pdf").build().toString())
			.cacheControl(CacheControl.noStore())
			.body(papers.preview(request, clerk));
	}

	/** The school's registration journal, oldest first; {@code from} and {@code to} are days in the school's time zone. */
	@GetMapping
	List<DocumentResponse> journal(@RequestParam(required = false) String service,
			@RequestParam(required = false) String kind, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "100") int limit,
			@RequestParam(defaultValue = "0") int offset, StaffMember staff) {
		if (kind != null && Coded.of(DocumentKind.class, kind).isEmpty()) {
			throw new InvalidField("kind", "one-of-kinds");
		}
		if (limit < 1 || limit > JournalFilter.MAX_LIMIT) {
			throw new InvalidField("limit", "limit");
		}
		if (offset < 0) {
			throw new InvalidField("offset", "offset");
		}
		RegistryYears.require("from", from);
		RegistryYears.require("to", to);
		ZoneId zone = schools.require(staff.schoolId()).zone();
		JournalFilter filter = new JournalFilter(null, service, kind == null ? null : DocumentKind.fromCode(kind), null,
				from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), limit, offset);
		return documents.journal(staff.schoolId(), filter).stream().map(d -> DocumentResponse.of(d, links)).toList();
	}

	@GetMapping("/{id}")
	DocumentResponse one(@PathVariable UUID id, StaffMember staff) {
		return documents.find(staff.schoolId(), id).map(d -> DocumentResponse.of(d, links))
			.orElseThrow(() -> new DocumentNotFound(id));
	}

	/**
	 * Withdraws an issued document of the caller's school: it stays in the journal with its PDF, and its public
	 * page and verification say revoked from now on. Once only; there is no way back.
	 */
	@PostMapping(path = "/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
	DocumentResponse revoke(@PathVariable UUID id, @Valid @RequestBody RevokeRequest request, StaffMember staff) {
		RevocationReason reason = RevocationReason.fromCode(request.reason())
			.orElseThrow(() -> new InvalidField("reason", "one-of-reasons"));
		String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
		IssuedDocument revoked = documents.revoke(staff.schoolId(), id, reason, note, staff.id());
		events.publishEvent(new DocumentRevoked(revoked));
		return DocumentResponse.of(revoked, links);
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, StaffMember staff) {
		return downloads.pdf(staff, documents.find(staff.schoolId(), id).orElseThrow(() -> new DocumentNotFound(id)));
	}
}
