package kz.qujat.schools.web;

import java.util.Map;
import java.util.UUID;

import kz.qujat.desk.DeskPage;
import kz.qujat.desk.FormProblems;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Failure;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A director's pages of the own school: its profile ({@code /desk/school}, every field of {@code PUT
 * /api/v1/school}) and its staff accounts ({@code /desk/staff}: list, add, disable), through {@link Administration}
 * as the API goes.
 */
@DeskPage
class SchoolPages {

	private final Administration administration;
	private final Choices choices;
	private final FormProblems problems;

	SchoolPages(Administration administration, Choices choices, FormProblems problems) {
		this.administration = administration;
		this.choices = choices;
		this.problems = problems;
	}

	@InitBinder
	void binding(WebDataBinder binder) {
		FormBinding.prepare(binder);
	}

	@GetMapping("/desk/school")
	String profile(StaffMember director, Model model) {
		return profilePage(SchoolForm.of(administration.school(director.schoolId())), Map.of(), model);
	}

	@PostMapping("/desk/school")
	String saveProfile(@ModelAttribute("form") SchoolForm form, BindingResult binding, StaffMember director, Model model,
			RedirectAttributes redirect) {
		Map<String, String> found = FormBinding.problemsOf(form, binding, problems);
		if (found.isEmpty()) {
			try {
				administration.updateSchool(director.schoolId(), form);
				redirect.addFlashAttribute("notice", text("administration.school.saved"));
				return "redirect:/desk/school";
			}
			catch (Failure failure) {
				found = problems.onTheForm(failure);
			}
		}
		return profilePage(form, found, model);
	}

	@PostMapping(path = "/desk/school/bin", headers = "HX-Request")
	String checkBin(@ModelAttribute("form") SchoolForm form, BindingResult binding, Model model) {
		return FormBinding.binField(form, binding, problems, "/desk/school/bin", model);
	}

	private String profilePage(SchoolForm form, Map<String, String> found, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("problems", found);
		model.addAttribute("services", choices.services());
		return "desk/administration/school";
	}

	@GetMapping("/desk/staff")
	String staff(StaffMember director, Model model) {
		return staffPage(director.schoolId(), null, Map.of(), model);
	}

	@PostMapping("/desk/staff")
	String addStaff(@ModelAttribute("form") StaffForm form, BindingResult binding, StaffMember director, Model model,
			RedirectAttributes redirect) {
		Map<String, String> found = FormBinding.problemsOf(form, binding, problems);
		if (found.isEmpty()) {
			try {
				StaffMember added = administration.addStaff(director.schoolId(), form);
				redirect.addFlashAttribute("notice", text("administration.staff.added", added.username()));
				return "redirect:/desk/staff";
			}
			catch (Failure failure) {
				found = problems.onTheForm(failure);
			}
		}
		return staffPage(director.schoolId(), form, found, model);
	}

	@PostMapping("/desk/staff/{id}/disable")
	String disableStaff(@PathVariable UUID id, StaffMember director, RedirectAttributes redirect) {
		try {
			administration.disableStaff(director, id);
			redirect.addFlashAttribute("notice", text("administration.staff.disabled"));
		}
		catch (Failure failure) {
			if (failure.kind() != Failure.Kind.CONFLICT) {
				throw failure;
			}
			redirect.addFlashAttribute("failure", problems.title(failure) + ". " + problems.detail(failure));
		}
		return "redirect:/desk/staff";
	}

	private String staffPage(UUID schoolId, StaffForm form, Map<String, String> found, Model model) {
		model.addAttribute("accounts", administration.accountsOf(schoolId));
		model.addAttribute("form", form);
		model.addAttribute("problems", found);
		model.addAttribute("roles", choices.roles());
		return "desk/administration/staff";
	}

	private String text(String code, Object... arguments) {
		return choices.text(code, arguments);
	}
}
