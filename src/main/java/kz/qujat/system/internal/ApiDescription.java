package kz.qujat.system.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;

import kz.qujat.system.Bilingual;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * What the API description says about every operation, whoever wrote the controller: the capability it belongs to
 * (its tag, from the package), its errors as problem details, and the {@code Location} of what it created or
 * accepted. Controllers add only what is theirs: a summary, the success status ({@code @ResponseStatus}), and
 * the problems only they answer ({@code @ApiResponse(responseCode = "409")}), which get the problem schema here.
 * Other modules add their own parts the same way: security (access), the server (verification).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	/** A capability's tag, named by its package ({@code kz.qujat.issuance.web} → {@code issuance}). */
	private static final Map<String, String> CAPABILITIES = new TreeMap<>(Map.ofEntries(
			Map.entry("access", "API tokens for school information systems"),
			Map.entry("audit", "The audit trail: who did what, when"),
			Map.entry("calendar", "Working days, holidays and the due dates they give"),
			Map.entry("catalog", "The state services, their documents, refusal grounds and terms"),
			Map.entry("issuance", "Issuing receipts, refusals and applications; the registration journal; revocation"),
			Map.entry("printing", "The school's printers and print jobs"),
			Map.entry("reports", "Service passports, the public report, journal printouts, complaints"),
			Map.entry("schools", "Schools, their profiles and staff"),
			Map.entry("verification", "Checking a paper by its code or its PDF (public)"),
			Map.entry("webhooks", "Endpoints a school registers to hear of its papers and print jobs")));

	/**
	 * The problems every operation may answer, by status, each with the type a client meets most; described once
	 * under {@code components/responses} and referred to from each operation.
	 */
	private static final Map<String, Problem> COMMON = new LinkedHashMap<>();

	static {
		COMMON.put("400", new Problem("BadRequest", "The request breaks a rule; `errors` names each field and rule",
				"invalid-request"));
		COMMON.put("401", new Problem("Unauthorized", "No or wrong staff credentials", "sign-in-required"));
		COMMON.put("403", new Problem("Forbidden", "The signed-in role may not do this", "not-allowed"));
		COMMON.put("404", new Problem("NotFound", "Nothing with this id or code in the caller's school", "not-found"));
		COMMON.put("413", new Problem("ContentTooLarge", "The body is larger than the service takes",
				"request-too-large"));
		COMMON.put("415", new Problem("UnsupportedMediaType", "A Content-Type the operation does not take",
				"unsupported-media-type"));
		COMMON.put("429", new Problem("TooManyRequests",
				"Too many requests from this address or too many failed sign-ins; retry later", "rate-limited"));
		COMMON.put("500", new Problem("InternalServerError",
				"A bug: the detail gives a reference to find the cause in the log", "internal"));
		COMMON.put("503", new Problem("ServiceUnavailable",
				"The database or a needed resource is unavailable; retry after `Retry-After`", "database-unavailable"));
	}

	@Bean
	OpenAPI apiInfo() {
		return new OpenAPI().info(new Info().title("qujat")
			.version("1")
			.description("""
					Bilingual (Kazakh, then Russian) papers of school state services: receipts, refusals and \
					applications issued, numbered, signed and stored; verified by anyone with the code on them. \
					Staff sign in with an API token (`Authorization: Bearer …`), HTTP Basic or, in a browser, the \
					desk's session. Every error is an RFC 9457 problem (`application/problem+json`) whose `type` \
					names it; `title` and `detail` are in Kazakh, or Russian with `Accept-Language: ru`.""")
			.contact(new Contact().name("qujat")));
	}

	/** The problem schema, its types (the message bundles hold a title for each), and the tags in use. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	GlobalOpenApiCustomizer problemsAndTags() {
		return openApi -> {
			Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
			components.addSchemas(PROBLEM, problemSchema());
			COMMON.forEach((status, problem) -> components.addResponses(problem.name(),
					new ApiResponse().description(problem.description()).content(problem.content(Integer.parseInt(status)))));
			openApi.components(components);
			Set<String> used = new TreeSet<>();
			if (openApi.getPaths() != null) {
				openApi.getPaths().values().stream().flatMap(path -> path.readOperations().stream())
					.forEach(operation -> {
						if (operation.getTags() != null) {
							used.addAll(operation.getTags());
						}
					});
			}
			List<Tag> tags = new ArrayList<>();
			for (String tag : used) {
				tags.add(new Tag().name(tag).description(CAPABILITIES.get(tag)));
			}
			openApi.tags(tags);
		};
	}

	/** Each operation's tag, its problem responses, and the {@code Location} of a 201 or 202. */
	@Bean
	GlobalOperationCustomizer problemsOfEveryOperation() {
		return (operation, handler) -> {
			operation.setTags(new ArrayList<>(List.of(capabilityOf(handler.getBeanType().getPackageName()))));
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			for (Map.Entry<String, ApiResponse> response : responses.entrySet()) {
				String status = response.getKey();
				if (status.equals("201") || status.equals("202")) {
					response.getValue().addHeaderObject(HttpHeaders.LOCATION, new Header()
						.description(status.equals("201") ? "Where the new resource is" : "Where to follow the job")
						.schema(typed("string").format("uri-reference")));
				}
			}
			boolean hasBody = operation.getRequestBody() != null;
			boolean hasPathParameters = operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
			COMMON.forEach((status, problem) -> {
				boolean applies = switch (status) {
					case "404" -> hasPathParameters;
					case "413", "415" -> hasBody;
					default -> true;
				};
				if (applies && !responses.containsKey(status)) {
					responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + problem.name()));
				}
			});
			// every failure is a problem (ProblemDetailsAdvice), whatever springdoc guessed from the return type
			responses.forEach((status, response) -> {
				if ((status.startsWith("4") || status.startsWith("5")) && response.get$ref() == null) {
					response.setContent(new Content().addMediaType(PROBLEM_JSON,
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
				}
			});
			operation.setResponses(responses);
			return operation;
		};
	}

	/**
	 * The RFC 9457 problem as this service writes it ({@link ProblemDetailsAdvice}). The types are the problems that
	 * have a title in the message bundles, which every problem the service answers must have.
	 */
	private static Schema<?> problemSchema() {
		List<String> types = new ArrayList<>();
		ResourceBundle bundle = ResourceBundle.getBundle("messages", Bilingual.KAZAKH);
		new TreeSet<>(bundle.keySet()).stream()
			.filter(key -> key.startsWith("problem.") && key.endsWith(".title"))
			.map(key -> "/problems/" + key.substring("problem.".length(), key.length() - ".title".length()))
			.forEach(types::add);
		Schema<Object> fieldProblem = typed("object")
			.description("One broken rule: which field, which rule, and what to do about it")
			.addProperty("field", typed("string")
				.description("The field's path in the request, e.g. `applicant.iin` or `documents[0].code`"))
			.addProperty("rule", typed("string").description("The rule it broke, e.g. `iin-checksum`"))
			.addProperty("message", typed("string").description("What to do, in the answer's language"));
		Schema<String> type = typed("string").format("uri-reference")
			.description("What went wrong, stable across versions and languages");
		type.setEnum(types);
		return typed("object")
			.description("An RFC 9457 problem detail")
			.addProperty("type", type)
			.addProperty("title", typed("string").description("A short summary, in Kazakh or Russian"))
			.addProperty("status", typed("integer").format("int32").description("The HTTP status"))
			.addProperty("detail", typed("string").description("What happened and what to do"))
			.addProperty("instance", typed("string").format("uri-reference")
				.description("The path the request was for"))
			.addProperty("errors", typed("array").items(fieldProblem)
				.description("For invalid input: each field and the rule it broke"))
			.required(List.of("type", "title", "status"));
	}

	/** A schema of one JSON type, written as OpenAPI 3.1 has it ({@code types}) and as 3.0 did ({@code type}). */
	private static Schema<Object> typed(String type) {
		Schema<Object> schema = new Schema<>().type(type);
		schema.setTypes(new LinkedHashSet<>(List.of(type)));
		return schema;
	}

	static String capabilityOf(String packageName) {
		String within = packageName.startsWith("kz.qujat.") ? packageName.substring("kz.qujat.".length()) : packageName;
		int dot = within.indexOf('.');
		return dot < 0 ? within : within.substring(0, dot);
	}

	/** A problem response: its name among the components, what it means and the type of its example. */
	private record Problem(String name, String description, String type) {

		Content content(int status) {
			Map<String, Object> example = new LinkedHashMap<>();
			example.put("type", "/problems/" + type);
			example.put("title", HttpStatus.valueOf(status).getReasonPhrase());
			example.put("status", status);
			example.put("detail", description);
			if (type.equals("invalid-request")) {
				example.put("errors", List.of(Map.of("field", "applicant.iin", "rule", "iin-checksum", "message",
						"ЖСН-нің бақылау цифры сәйкес келмейді: нөмірді тексеріңіз.")));
			}
			return new Content().addMediaType(PROBLEM_JSON, new MediaType()
				.schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
				.addExamples(type, new Example().value(example)));
		}
	}
}
