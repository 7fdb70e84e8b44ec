package kz.qujat.issuance.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import kz.qujat.issuance.IssueDocument;
import kz.qujat.issuance.IssueRequest;
import kz.qujat.registry.DocumentNotFound;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.schools.StaffMember;

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
import org.springframework.web.bind.annotation.RestController;

/** Issuing documents and fetching them back, always within the clerk's own school. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentController {

	private final IssueDocument issue;
	private final IssuedDocuments documents;
	private final DocumentLinks links;

	DocumentController(IssueDocument issue, IssuedDocuments documents, DocumentLinks links) {
		this.issue = issue;
		this.documents = documents;
		this.links = links;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DocumentResponse> issue(@Valid @RequestBody IssueRequest request, StaffMember clerk) {
		IssuedDocument document = issue.issue(request, clerk);
		return ResponseEntity.created(URI.create(links.self(document))).body(DocumentResponse.of(document, links));
	}

	@GetMapping("/{id}")
	DocumentResponse one(@PathVariable UUID id, StaffMember staff) {
		return documents.find(staff.schoolId(), id).map(d -> DocumentResponse.of(d, links))
			.orElseThrow(() -> new DocumentNotFound(id));
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, StaffMember staff) {
		IssuedDocument document = documents.find(staff.schoolId(), id).orElseThrow(() -> new DocumentNotFound(id));
		byte[] pdf = documents.pdf(staff.schoolId(), id).orElseThrow(() -> new DocumentNotFound(id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(document.number() + ".pdf").build().toString())
			.eTag(document.pdfSha256())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(pdf);
	}
}
