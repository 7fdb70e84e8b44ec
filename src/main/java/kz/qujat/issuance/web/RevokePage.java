package kz.qujat.issuance.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import kz.qujat.desk.DeskPage;
import kz.qujat.desk.FormProblems;
import kz.qujat.desk.Option;
import kz.qujat.registry.DocumentNotFound;
import kz.qujat.registry.DocumentStatus;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.RevocationReason;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Bilingual;
import kz.qujat.system.Failure;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Revoking a paper from the desk: the paper, a reason of {@link RevocationReason} with its text in both languages
 * (the public page shows it in the reader's), a note for the journal, and a confirmation the server insists on.
 * It revokes through {@link Revocations}, as the API does; a paper of another school is the 404 page, one revoked
 * before says so with the API's text.
 */
@DeskPage
class RevokePage {

	private final IssuedDocuments documents;
	private final Revocations revocations;
	private final FormProblems problems;
	private final MessageSource messages;

	RevokePage(IssuedDocuments documents, Revocations revocations, FormProblems problems, MessageSource messages) {
		this.documents = documents;
		this.revocations = revocations;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping(path = "/desk/papers/{id}/revoke", produces = MediaType.TEXT_HTML_VALUE)
	String form(@PathVariable UUID id, @RequestParam(defaultValue = "") String back, StaffMember staff, Model model) {
		IssuedDocument paper = paper(staff, id);
		Map<String, String> found = new LinkedHashMap<>();
		if (paper.status() == DocumentStatus.REVOKED) {
			found.put(FormProblems.FORM, problems.detail("already-revoked"));
		}
		model.addAttribute("back", journalFilters(back));
		return page(paper, new RevokeRequest(null, null), false, found, model);
	}

	@PostMapping(path = "/desk/papers/{id}/revoke", produces = MediaType.TEXT_HTML_VALUE)
	String revoke(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String note, @RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam(defaultValue = "") String back, StaffMember staff, Model model, RedirectAttributes redirect) {
		IssuedDocument paper = paper(staff, id);
		model.addAttribute("back", journalFilters(back));
		RevokeRequest request = new RevokeRequest(reason, note);
		Map<String, String> found = new LinkedHashMap<>(problems.of(request));
		if (!confirmed) {
			found.put("confirmed", message("journal.revoke.unconfirmed"));
		}
		if (!found.isEmpty()) {
			return page(paper, request, confirmed, found, model);
		}
		try {
			IssuedDocument revoked = revocations.revoke(staff, id, request);
			redirect.addFlashAttribute("revoked", revoked.number().toString());
			return "redirect:" + journal(journalFilters(back));
		}
		catch (Failure failure) {
			return page(paper(staff, id), request, confirmed, problems.onTheForm(failure), model);
		}
	}

	private IssuedDocument paper(StaffMember staff, UUID id) {
		return documents.find(staff.schoolId(), id).orElseThrow(() -> new DocumentNotFound(id));
	}

	private String page(IssuedDocument paper, RevokeRequest request, boolean confirmed, Map<String, String> found,
			Model model) {
		model.addAttribute("paper", paper);
		model.addAttribute("reasons", reasons());
		model.addAttribute("reason", request.reason() == null ? "" : request.reason());
		model.addAttribute("note", request.note() == null ? "" : request.note());
		model.addAttribute("confirmed", confirmed);
		model.addAttribute("problems", found);
		model.addAttribute("journal", journal((String) model.getAttribute("back")));
		return "desk/journal/revoke";
	}

	/** The journal as the clerk left it, with the filters they had set. */
	private static String journal(String filters) {
		String query = filters.replaceAll("&+$", "");
		return query.isEmpty() ? "/desk/journal" : "/desk/journal?" + query;
	}

	/**
	 * The journal's filters the revoke link carried ({@code service=…&kind=…&}), kept only when they are a query
	 * string and nothing else: never an address of their own to be sent to.
	 */
	private static String journalFilters(String back) {
		return back != null && back.matches("[A-Za-z0-9_.~%&=+-]{0,1000}") ? back : "";
	}

	/** Each reason as the public page names it, in the page's language first, then in the other. */
	private static List<Option> reasons() {
		Locale locale = LocaleContextHolder.getLocale();
		Locale other = Bilingual.RUSSIAN.getLanguage().equals(locale.getLanguage()) ? Bilingual.KAZAKH : Bilingual.RUSSIAN;
		return Arrays.stream(RevocationReason.values())
			.map(reason -> new Option(reason.code(), reason.title().in(locale) + " / " + reason.title().in(other)))
			.toList();
	}

	private String message(String code) {
		return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}
}
