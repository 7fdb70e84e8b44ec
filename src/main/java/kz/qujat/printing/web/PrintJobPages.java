package kz.qujat.printing.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.desk.DeskPage;
import kz.qujat.desk.FormProblems;
import kz.qujat.printing.PrintJob;
import kz.qujat.printing.PrintJobNotFound;
import kz.qujat.printing.PrintJobs;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Failure;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The school's print jobs on the desk ({@code /desk/print-jobs}), newest first, with the state the printer reports;
 * while one is not finished the list asks again every two seconds (htmx gets the list alone). A job not finished
 * can be canceled, through {@link PrintJobs} as the API cancels it.
 */
@DeskPage
class PrintJobPages {

	static final int SHOWN = 50;

	private final PrintJobs jobs;
	private final FormProblems problems;
	private final MessageSource messages;

	PrintJobPages(PrintJobs jobs, FormProblems problems, MessageSource messages) {
		this.jobs = jobs;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping(path = "/desk/print-jobs", produces = MediaType.TEXT_HTML_VALUE)
	String jobs(@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restoring, StaffMember staff,
			Model model, HttpServletResponse response) {
		List<PrintJob> latest = jobs.list(staff.schoolId(), SHOWN);
		model.addAttribute("jobs", latest);
		model.addAttribute("unfinished", latest.stream().anyMatch(job -> !job.state().finished()));
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		return htmx != null && restoring == null ? "desk/printing/jobs-list" : "desk/printing/jobs";
	}

	/** One job's state alone, for a paper's page to follow the job it sent. */
	@GetMapping(path = "/desk/print-jobs/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String job(@PathVariable UUID id, StaffMember staff, Model model) {
		model.addAttribute("job", jobs.find(staff.schoolId(), id).orElseThrow(() -> new PrintJobNotFound(id)));
		return "desk/printing/job-status";
	}

	@PostMapping("/desk/print-jobs/{id}/cancel")
	String cancel(@PathVariable UUID id, StaffMember staff, RedirectAttributes redirect) {
		try {
			jobs.cancel(staff.schoolId(), id);
			redirect.addFlashAttribute("notice",
					messages.getMessage("printing.jobs.canceled", null, LocaleContextHolder.getLocale()));
		}
		catch (Failure failure) {
			redirect.addFlashAttribute("failure", problems.onTheForm(failure).get(FormProblems.FORM));
		}
		return "redirect:/desk/print-jobs";
	}
}
