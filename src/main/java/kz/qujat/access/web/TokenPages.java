package kz.qujat.access.web;

import java.util.Map;
import java.util.UUID;

import kz.qujat.access.internal.ApiTokens;
import kz.qujat.desk.DeskPage;
import kz.qujat.desk.FormProblems;
import kz.qujat.schools.StaffMember;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A director's API tokens on the desk ({@code /desk/tokens}): the list, a new one, whose secret the page after the
 * creation shows once (it travels as a flash attribute, which the session drops as soon as that page is drawn), and
 * revoking one, through {@link TokenAdministration} as the API goes.
 */
@DeskPage
class TokenPages {

	private final TokenAdministration administration;
	private final FormProblems problems;
	private final MessageSource messages;

	TokenPages(TokenAdministration administration, FormProblems problems, MessageSource messages) {
		this.administration = administration;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping("/desk/tokens")
	String tokens(StaffMember director, Model model) {
		return page(director, "", Map.of(), model);
	}

	@PostMapping("/desk/tokens")
	String createToken(@RequestParam(defaultValue = "") String name, StaffMember director, Model model,
			RedirectAttributes redirect) {
		Map<String, String> found = problems.of(new TokenForm(name, null));
		if (!found.isEmpty()) {
			return page(director, name, found, model);
		}
		ApiTokens.Created created = administration.createToken(director, name, null);
		redirect.addFlashAttribute("created", created);
		return "redirect:/desk/tokens";
	}

	@PostMapping("/desk/tokens/{id}/revoke")
	String revokeToken(@PathVariable UUID id, StaffMember director, RedirectAttributes redirect) {
		administration.revokeToken(director, id);
		redirect.addFlashAttribute("notice",
				messages.getMessage("administration.tokens.revoked", null, LocaleContextHolder.getLocale()));
		return "redirect:/desk/tokens";
	}

	private String page(StaffMember director, String name, Map<String, String> found, Model model) {
		model.addAttribute("tokens", administration.tokensOf(director.schoolId()));
		model.addAttribute("name", name);
		model.addAttribute("problems", found);
		return "desk/administration/tokens";
	}
}
