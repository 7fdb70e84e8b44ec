package kz.qujat.catalog;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import kz.qujat.system.Bilingual;

/**
 * A service's application form: what the applicant asks for and the fields the request fills.
 *
 * @param template the template under {@code templates/documents}; {@code application.ftlh} (a letter to the
 *     director with the fields as a list) when not given
 * @param addressee to whom the application is written; the school's director when not given
 * @param request the sentence that asks for the service, e.g. "Прошу принять документы…"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationForm(String template, Bilingual addressee, Bilingual request, List<FormField> fields) {

	public static final String DEFAULT_TEMPLATE = "application.ftlh";

	public ApplicationForm {
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	public String templateOrDefault() {
		return template == null ? DEFAULT_TEMPLATE : template;
	}

	public Optional<FormField> field(String name) {
		return fields.stream().filter(f -> f.name().equals(name)).findFirst();
	}
}
