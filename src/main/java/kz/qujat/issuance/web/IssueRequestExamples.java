package kz.qujat.issuance.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;

import kz.qujat.issuance.IssueRequest;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.RequestBody;

import tools.jackson.databind.json.JsonMapper;

/**
 * Examples of {@link IssueRequest} in the API description: one per service and kind, the very requests the tests
 * send ({@code src/test/resources/requests/<service>/<kind>.json}, packaged as {@code qujat/api-examples/}).
 */
@Configuration(proxyBeanMethods = false)
class IssueRequestExamples {

	private final Map<String, Example> examples = examples();

	/** The examples, once, under {@code components/examples}. */
	@Bean
	GlobalOpenApiCustomizer issueRequestExamplesDescribed() {
		return openApi -> examples.forEach((name, example) -> openApi.getComponents().addExamples(name, example));
	}

	/** Each operation that takes an issue request refers to them. */
	@Bean
	GlobalOperationCustomizer examplesOfIssueRequests() {
		Map<String, Example> references = new TreeMap<>();
		examples.forEach((name, example) -> references.put(name, new Example().$ref("#/components/examples/" + name)));
		return (operation, handler) -> {
			boolean issues = Arrays.stream(handler.getMethodParameters())
				.anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class)
						&& parameter.getParameterType().equals(IssueRequest.class));
			if (issues && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
				MediaType json = operation.getRequestBody().getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
				if (json != null) {
					json.setExamples(references);
				}
			}
			return operation;
		};
	}

	private static Map<String, Example> examples() {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, Example> examples = new TreeMap<>();
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:qujat/api-examples/*/*.json");
			Arrays.sort(files, Comparator.comparing(file -> String.valueOf(file.getDescription())));
			for (Resource file : files) {
				String path = file.getURL().getPath();
				String[] parts = path.substring(0, path.length() - ".json".length()).split("/");
				String service = parts[parts.length - 2];
				String kind = parts[parts.length - 1];
				try (InputStream in = file.getInputStream()) {
					examples.put(service + "-" + kind,
							new Example().summary("A " + kind + " of " + service).value(json.readValue(in, Map.class)));
				}
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return examples;
	}
}
