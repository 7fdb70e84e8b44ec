package kz.qujat.reports.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A download the API answers inline, as a link on a desk page needs it: saved as a file where the browser keeps its
 * downloads, the page staying where it is.
 */
final class Attachments {

	private Attachments() {
	}

	static ResponseEntity<byte[]> of(ResponseEntity<byte[]> download) {
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(download.getHeaders());
		String file = download.getHeaders().getContentDisposition().getFilename();
		headers.setContentDisposition(ContentDisposition.attachment().filename(file).build());
		return ResponseEntity.status(download.getStatusCode()).headers(headers).body(download.getBody());
	}
}
