package kz.qujat.issuance;

import kz.qujat.registry.DocumentDownloaded;
import kz.qujat.registry.DocumentNotFound;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.schools.StaffMember;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A registered document's stored bytes as a download, told as an event: papers, posters, reports alike. */
@Component
public class Downloads {

	private final IssuedDocuments documents;
	private final ApplicationEventPublisher events;

	Downloads(IssuedDocuments documents, ApplicationEventPublisher events) {
		this.documents = documents;
		this.events = events;
	}

	/** The PDF as {@code <number>.pdf}, shown in the browser. */
	public ResponseEntity<byte[]> pdf(StaffMember staff, IssuedDocument document) {
		return download(staff, document, ContentDisposition.inline().filename(document.number() + ".pdf"));
	}

	/** The PDF as {@code <number>.pdf}, saved as a file rather than shown (the desk's Download). */
	public ResponseEntity<byte[]> attachment(StaffMember staff, IssuedDocument document) {
		return download(staff, document, ContentDisposition.attachment().filename(document.number() + ".pdf"));
	}

	/** The PDF as {@code <name>-<number>.pdf}, e.g. {@code public-report-2026-…}. */
	public ResponseEntity<byte[]> pdf(StaffMember staff, IssuedDocument document, String name) {
		return download(staff, document, ContentDisposition.inline().filename(name + "-" + document.number() + ".pdf"));
	}

	private ResponseEntity<byte[]> download(StaffMember staff, IssuedDocument document,
			ContentDisposition.Builder disposition) {
		byte[] pdf = documents.pdf(staff.schoolId(), document.id()).orElseThrow(() -> new DocumentNotFound(document.id()));
		events.publishEvent(new DocumentDownloaded(document));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.build().toString())
			.header("X-Document-Id", document.id().toString())
			.eTag(document.pdfSha256())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(pdf);
	}
}
