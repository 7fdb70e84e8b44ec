package kz.qujat.reports.web;

import kz.qujat.registry.IssuedDocument;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A registered school document's stored bytes as a download. */
final class Pdf {

	private Pdf() {
	}

	static ResponseEntity<byte[]> of(IssuedDocument document, byte[] pdf, String name) {
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
