package kz.qujat.schools.web;

import java.util.Map;
import java.util.UUID;

import kz.qujat.desk.DeskPage;
import kz.qujat.desk.FormProblems;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.schools.StaffRole;
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
 * An operator's pages of the schools: the list ({@code /desk/schools}), a new school (every field of {@code POST
 * /api/v1/schools}) and a school's page ({@code /desk/schools/{id}}) with its accounts and the form for its first
 * director, as {@code POST /api/v1/schools/{id}/staff} makes one.
 */
@DeskPage
class SchoolsPages {

	private final Administration administration;
	private final Schools schools;
	private final Choices choices;
	private final FormProblems problems;

	SchoolsPages(Administration administration, Schools schools, Choices choices, FormProblems problems) {
		this.administration = administration;
		this.schools = schools;
		this.choices = choices;
		this.problems = problems;
	}

	@InitBinder
	void binding(WebDataBinder binder) {
		FormBinding.prepare(binder);
	}

	@GetMapping("/desk/schools")
	String schools(Model model) {
		model.addAttribute("schools", schools.all());
		return "desk/administration/schools";
	}

	@GetMapping("/desk/schools/new")
	String newSchool(Model model) {
		return newSchoolPage(null, Map.of(), model);
	}

	@PostMapping("/desk/schools")
	String createSchool(@ModelAttribute("form") SchoolForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> found = FormBinding.problemsOf(form, binding, problems);
		if (found.isEmpty()) {
			try {
				School school = administration.createSchool(form);
				redirect.addFlashAttribute("notice", choices.text("administration.schools.created"));
				return "redirect:/desk/schools/" + school.id();
			}
			catch (Failure failure) {
				found = problems.onTheForm(failure);
			}
		}
		return newSchoolPage(form, found, model);
	}

	@PostMapping(path = "/desk/schools/bin", headers = "HX-Request")
	String checkBin(@ModelAttribute("form") SchoolForm form, BindingResult binding, Model model) {
		return FormBinding.binField(form, binding, problems, "/desk/schools/bin", model);
	}

	private String newSchoolPage(SchoolForm form, Map<String, String> found, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("problems", found);
		model.addAttribute("services", choices.services());
		return "desk/administration/school-new";
	}

	@GetMapping("/desk/schools/{id}")
	String school(@PathVariable UUID id, Model model) {
		return schoolPage(id, null, Map.of(), model);
	}

	@PostMapping("/desk/schools/{id}/staff")
	String addStaff(@PathVariable UUID id, @ModelAttribute("form") StaffForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		administration.school(id);
		Map<String, String> found = FormBinding.problemsOf(form, binding, problems);
		if (found.isEmpty()) {
			try {
				StaffMember added = administration.addStaff(id, form);
				redirect.addFlashAttribute("notice", choices.text("administration.staff.added", added.username()));
				return "redirect:/desk/schools/" + id;
			}
			catch (Failure failure) {
				found = problems.onTheForm(failure);
			}
		}
		return schoolPage(id, form, found, model);
	}

	private String schoolPage(UUID id, StaffForm form, Map<String, String> found, Model model) {
		model.addAttribute("school", administration.school(id));
		model.addAttribute("accounts", administration.accountsOf(id));
		model.addAttribute("form", form);
		model.addAttribute("problems", found);
		model.addAttribute("roles", choices.roles());
		model.addAttribute("firstRole", StaffRole.DIRECTOR.code());
		return "desk/administration/school-page";
	}
}
