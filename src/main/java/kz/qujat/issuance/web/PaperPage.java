package kz.qujat.issuance.web;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.desk.DeskPage;
import kz.qujat.desk.FormProblems;
import kz.qujat.issuance.Downloads;
import kz.qujat.printing.PrintJob;
import kz.qujat.printing.PrintJobs;
import kz.qujat.printing.PrintRequest;
import kz.qujat.printing.Printers;
import kz.qujat.registry.DocumentNotFound;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.rendering.QrCodePictures;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Failure;
import kz.qujat.system.InvalidField;
import kz.qujat.verification.VerificationLinks;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An issued paper of the school on the desk: what it is, its QR code and public link, its PDF to download or to
 * print. A paper of another school, or an id that is none, is not found, as in the API. When the school has
 * printers, the paper is sent to one through {@link PrintJobs}, as the API sends it, and the page follows the job;
 * the browser's print dialog stays, the only way without a printer.
 */
@DeskPage
@RequestMapping("/desk/papers/{id}")
class PaperPage {

	/** The id a path that names no paper at all is not found as. */
	private static final UUID NONE = new UUID(0, 0);

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final IssuedDocuments documents;
	private final ServiceCatalog catalog;
	private final VerificationLinks links;
	private final Downloads downloads;
	private final Printers printers;
	private final PrintJobs jobs;
	private final FormProblems problems;

	PaperPage(IssuedDocuments documents, ServiceCatalog catalog, VerificationLinks links, Downloads downloads,
			Printers printers, PrintJobs jobs, FormProblems problems) {
		this.documents = documents;
		this.catalog = catalog;
		this.links = links;
		this.downloads = downloads;
		this.printers = printers;
		this.jobs = jobs;
		this.problems = problems;
	}

	/** The paper; with {@code ?job=} the print job it was just sent as, followed until it is finished. */
	@GetMapping(produces = MediaType.TEXT_HTML_VALUE)
	String paper(@PathVariable String id, @RequestParam(required = false) String job, StaffMember staff, Model model) {
		IssuedDocument paper = find(id, staff);
		if (job != null && ID.matcher(job).matches()) {
			jobs.find(staff.schoolId(), UUID.fromString(job)).filter(found -> paper.id().equals(found.documentId()))
				.ifPresent(found -> model.addAttribute("job", found));
		}
		return page(paper, staff, null, "", Map.of(), model);
	}

	/**
	 * Sends the paper to the printer chosen (the school's default unless another is), in the copies typed or, left
	 * blank, as many as {@link PrintJobs} prints of its kind; a refusal is shown on the form, with what was typed.
	 */
	@PostMapping(path = "/print", produces = MediaType.TEXT_HTML_VALUE)
	String print(@PathVariable String id, @RequestParam(defaultValue = "") String printer,
			@RequestParam(defaultValue = "") String copies, StaffMember staff, Model model) {
		IssuedDocument paper = find(id, staff);
		try {
			PrintJob job = jobs.print(staff, paper.id(), new PrintRequest(printerId(printer), copies(copies), null));
			return "redirect:/desk/papers/" + paper.id() + "?job=" + job.id();
		}
		catch (Failure failure) {
			return page(paper, staff, printer, copies, problems.onTheForm(failure), model);
		}
	}

	private String page(IssuedDocument paper, StaffMember staff, String printer, String copies,
			Map<String, String> found, Model model) {
		PrinterChoices ours = PrinterChoices.of(printers.list(staff.schoolId()));
		model.addAttribute("printers", ours.options());
		model.addAttribute("printer", printer != null ? printer : ours.chosen());
		model.addAttribute("copies", copies);
		model.addAttribute("problems", found);
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

	/** The printer chosen: none is the default one, and what is no id names no printer of the school. */
	private static UUID printerId(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException notAnId) {
			throw new InvalidField("printer", "unknown-printer");
		}
	}

	/** The copies typed: none leaves them to the printer and the paper's kind; what is no number is out of range. */
	private static Integer copies(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidField("copies", "copies-range");
		}
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
