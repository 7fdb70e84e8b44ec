package kz.qujat.reports.web;

import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.schools.AuditTrail;
import kz.qujat.schools.StaffMember;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A registered school document's stored bytes as a download, written to the audit trail. */
@Component
class Downloads {

	private final IssuedDocuments documents;
	private final AuditTrail audit;

	Downloads(IssuedDocuments documents, AuditTrail audit) {
		this.documents = documents;
		this.audit = audit;
	}

	ResponseEntity<byte[]> pdf(StaffMember staff, IssuedDocument document, String name) {
		byte[] pdf = documents.pdf(staff.schoolId(), document.id()).orElseThrow();
		audit.record("document.downloaded", staff.schoolId(), document.number().toString(), null);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name + "-" + document.number() + ".pdf").build().toString())
			.header("X-Document-Id", document.id().toString())
			.eTag(document.pdfSha256())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(pdf);
	}
}
