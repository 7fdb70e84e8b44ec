package kz.qujat.printing.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kz.qujat.desk.DeskPage;
import kz.qujat.desk.FormProblems;
import kz.qujat.desk.Option;
import kz.qujat.printing.Media;
import kz.qujat.printing.Printer;
import kz.qujat.printing.PrinterNotFound;
import kz.qujat.printing.PrinterRequest;
import kz.qujat.printing.Printers;
import kz.qujat.printing.Sides;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Failure;
import kz.qujat.system.InvalidField;

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
 * The director's printers on the desk ({@code /desk/printers}): each with what it says of its state now and the
 * school's default marked; adding one, changing and removing it, through {@link Printers} as the API does, so a
 * printer that does not answer, takes no PDF or has not the paper asked for is refused next to its field.
 */
@DeskPage
class PrinterPages {

	private final Printers printers;
	private final FormProblems problems;
	private final MessageSource messages;

	PrinterPages(Printers printers, FormProblems problems, MessageSource messages) {
		this.printers = printers;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping(path = "/desk/printers", produces = MediaType.TEXT_HTML_VALUE)
	String printers(StaffMember director, Model model) {
		return list(director, form("", "", "A4", Sides.ONE_SIDED.keyword(), "", false), Map.of(), model);
	}

	@PostMapping(path = "/desk/printers", produces = MediaType.TEXT_HTML_VALUE)
	String add(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String uri,
			@RequestParam(defaultValue = "") String media, @RequestParam(defaultValue = "") String sides,
			@RequestParam(defaultValue = "") String copies, @RequestParam(name = "default", defaultValue = "false") boolean isDefault,
			StaffMember director, Model model, RedirectAttributes redirect) {
		Map<String, String> form = form(name, uri, media, sides, copies, isDefault);
		try {
			// unticked, the first printer of a school still becomes its default
			Printer added = printers.add(director.schoolId(), request(form, isDefault ? Boolean.TRUE : null));
			redirect.addFlashAttribute("notice", message("printing.printers.added", added.name()));
			return "redirect:/desk/printers";
		}
		catch (Failure failure) {
			return list(director, form, problems.onTheForm(failure), model);
		}
	}

	@GetMapping(path = "/desk/printers/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String edit(@PathVariable UUID id, StaffMember director, Model model) {
		Printer printer = printer(director, id);
		return edit(printer, form(printer.name(), printer.uri().toString(), printer.media().name(),
				printer.sides().keyword(), String.valueOf(printer.copies()), printer.isDefault()), Map.of(), model);
	}

	@PostMapping(path = "/desk/printers/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String update(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String uri, @RequestParam(defaultValue = "") String media,
			@RequestParam(defaultValue = "") String sides, @RequestParam(defaultValue = "") String copies,
			@RequestParam(name = "default", defaultValue = "false") boolean isDefault, StaffMember director, Model model,
			RedirectAttributes redirect) {
		Printer printer = printer(director, id);
		Map<String, String> form = form(name, uri, media, sides, copies, isDefault);
		try {
			Printer saved = printers.update(director.schoolId(), id, request(form, isDefault));
			redirect.addFlashAttribute("notice", message("printing.printers.saved", saved.name()));
			return "redirect:/desk/printers";
		}
		catch (Failure failure) {
			return edit(printer, form, problems.onTheForm(failure), model);
		}
	}

	@PostMapping("/desk/printers/{id}/delete")
	String delete(@PathVariable UUID id, StaffMember director, RedirectAttributes redirect) {
		Printer printer = printer(director, id);
		printers.delete(director.schoolId(), id);
		redirect.addFlashAttribute("notice", message("printing.printers.deleted", printer.name()));
		return "redirect:/desk/printers";
	}

	private String list(StaffMember director, Map<String, String> form, Map<String, String> found, Model model) {
		Map<String, String> states = new LinkedHashMap<>();
		List<Printer> all = printers.list(director.schoolId());
		all.forEach(printer -> states.put(printer.id().toString(), printers.state(printer)));
		model.addAttribute("printers", all);
		model.addAttribute("states", states);
		return form(form, found, model, "desk/printing/printers");
	}

	private String edit(Printer printer, Map<String, String> form, Map<String, String> found, Model model) {
		model.addAttribute("printer", printer);
		return form(form, found, model, "desk/printing/printer");
	}

	private String form(Map<String, String> form, Map<String, String> found, Model model, String view) {
		model.addAttribute("form", form);
		model.addAttribute("problems", found);
		model.addAttribute("media", Arrays.stream(Media.values()).map(one -> new Option(one.name(), one.name())).toList());
		model.addAttribute("sides", Arrays.stream(Sides.values())
			.map(one -> new Option(one.keyword(), message("printing.sides." + one.keyword()))).toList());
		return view;
	}

	private Printer printer(StaffMember director, UUID id) {
		return printers.find(director.schoolId(), id).orElseThrow(() -> new PrinterNotFound(id));
	}

	/** The form as the API's request: a blank field is one left out, and copies that are no number out of range. */
	private static PrinterRequest request(Map<String, String> form, Boolean isDefault) {
		Integer copies;
		try {
			copies = form.get("copies").isBlank() ? null : Integer.valueOf(form.get("copies").strip());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidField("copies", "copies-range");
		}
		return new PrinterRequest(form.get("name"), form.get("uri"), blankAsNone(form.get("media")),
				blankAsNone(form.get("sides")), copies, isDefault);
	}

	private static String blankAsNone(String value) {
		return value.isBlank() ? null : value;
	}

	private static Map<String, String> form(String name, String uri, String media, String sides, String copies,
			boolean isDefault) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("uri", uri);
		form.put("media", media);
		form.put("sides", sides);
		form.put("copies", copies);
		form.put("default", String.valueOf(isDefault));
		return form;
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
