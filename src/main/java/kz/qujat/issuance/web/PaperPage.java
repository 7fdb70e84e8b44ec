package kz.qujat.issuance.web;

import java.util.UUID;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.desk.DeskPage;
import kz.qujat.issuance.Downloads;
import kz.qujat.registry.DocumentNotFound;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.rendering.QrCodePictures;
import kz.qujat.schools.StaffMember;
import kz.qujat.verification.VerificationLinks;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An issued paper of the school on the desk: what it is, its QR code and public link, its PDF to download or to
 * print. A paper of another school, or an id that is none, is not found, as in the API.
 */
@DeskPage
@RequestMapping("/desk/papers/{id}")
class PaperPage {

	/** The id a path that names no paper at all is not found as. */
	private static final UUID NONE = new UUID(0, 0);

	private final IssuedDocuments documents;
	private final ServiceCatalog catalog;
	private final VerificationLinks links;
	private final Downloads downloads;

	PaperPage(IssuedDocuments documents, ServiceCatalog catalog, VerificationLinks links, Downloads downloads) {
		this.documents = documents;
		this.catalog = catalog;
		this.links = links;
		this.downloads = downloads;
	}

	@GetMapping(produces = MediaType.TEXT_HTML_VALUE)
	String paper(@PathVariable String id, StaffMember staff, Model model) {
		IssuedDocument paper = find(id, staff);
		model.addAttribute("paper", paper);
		model.addAttribute("service", catalog.find(paper.service()).orElse(null));
		if (paper.verificationCode() != null) {
			model.addAttribute("link", links.pageOf(paper.verificationCode()));
		}
		return "desk/documents/paper";
	}

	/** The PDF as a file to keep, or with {@code ?inline} shown in the browser (to print it); audited either way. */
	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) String inline,
			StaffMember staff) {
		IssuedDocument paper = find(id, staff);
		return inline == null ? downloads.attachment(staff, paper) : downloads.pdf(staff, paper);
	}

	/** The QR code the PDF prints, as a picture for the page. */
	@GetMapping(path = "/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qr(@PathVariable String id, StaffMember staff) {
		IssuedDocument paper = find(id, staff);
		if (paper.verificationCode() == null) {
			throw new DocumentNotFound(paper.id());
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(QrCodePictures.svg(links.pageOf(paper.verificationCode())));
	}

	private IssuedDocument find(String id, StaffMember staff) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw new DocumentNotFound(NONE);
		}
		return documents.find(staff.schoolId(), uuid).orElseThrow(() -> new DocumentNotFound(uuid));
	}
}
