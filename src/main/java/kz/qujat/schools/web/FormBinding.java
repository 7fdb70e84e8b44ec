package kz.qujat.schools.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.qujat.desk.FormProblems;
import kz.qujat.system.Failure;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/**
 * How a desk form of this package becomes the API's request record: an empty input is an absent value (as a field
 * left out of the JSON, so an empty website is no website), and a time is {@code HH:mm}, as a time input sends it.
 */
final class FormBinding {

	private FormBinding() {
	}

	static void prepare(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text == null || text.isEmpty() ? null : text);
			}
		});
		binder.registerCustomEditor(LocalTime.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				try {
					setValue(text == null || text.isBlank() ? null : LocalTime.parse(text.strip()));
				}
				catch (DateTimeParseException e) {
					throw new IllegalArgumentException(e);
				}
			}
		});
	}


	/**
	 * The BIN field alone with what the API's rules say of it, for htmx to swap in as the field is left; the rest of
	 * the form's problems wait for its submit.
	 */
	static String binField(SchoolForm form, BindingResult binding, FormProblems problems, String check, Model model) {
		String problem = problemsOf(form, binding, problems).get("bin");
		model.addAttribute("form", form);
		model.addAttribute("problems", problem == null ? Map.of() : Map.of("bin", problem));
		model.addAttribute("check", check);
		return "desk/administration/school-bin";
	}

	/**
	 * What is wrong with a bound form: a value that is not a time breaks the working hours' rule (a browser's time
	 * input never sends one), then each field's first broken rule of the API's validation.
	 */
	static Map<String, String> problemsOf(Object form, BindingResult binding, FormProblems problems) {
		Map<String, String> found = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			found.putIfAbsent(error.getField(), problems.rule("working-hours"));
		}
		if (form != null) {
			problems.of(form).forEach(found::putIfAbsent);
		}
		return found;
	}
}
