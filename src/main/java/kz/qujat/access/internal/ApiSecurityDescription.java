package kz.qujat.access.internal;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * How the API description says who may call what: the three ways to sign in, and on each operation either all of
 * them or none, for the public endpoints ({@link SecurityConfiguration#PUBLIC}, the list the filter chains use).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityDescription {

	static final String BASIC = "basic";
	static final String TOKEN = "token";
	static final String SESSION = "session";

	@Bean
	GlobalOpenApiCustomizer securityOfEveryOperation() {
		return openApi -> {
			Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
			openApi.components(components
				.addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("An API token a director made for the school (`Authorization: Bearer qjt_…`); "
							+ "it opens no session and ends the moment it is revoked"))
				.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
					.description("A staff account's username and password; opens no session"))
				.addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE).name("JSESSIONID")
					.description("The desk's session after the sign-in form (`POST /login`); a request that "
							+ "changes something needs the page's CSRF token in `X-CSRF-TOKEN`")));
			if (openApi.getPaths() == null) {
				return;
			}
			List<SecurityRequirement> signedIn = List.of(new SecurityRequirement().addList(TOKEN),
					new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(SESSION));
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				if (isPublic(HttpMethod.valueOf(method.name()), path)) {
					operation.setSecurity(new ArrayList<>());
					// nobody is refused a public endpoint for their role
					operation.getResponses().remove("403");
				}
				else {
					operation.setSecurity(new ArrayList<>(signedIn));
				}
			}));
		};
	}

	/** Whether a described path ({@code /api/v1/verify/{code}}) is one of the public patterns. */
	static boolean isPublic(HttpMethod method, String path) {
		PathContainer described = PathContainer.parsePath(path);
		return SecurityConfiguration.PUBLIC.stream().anyMatch(endpoint -> endpoint.method().equals(method)
				&& PathPatternParser.defaultInstance.parse(endpoint.path()).matches(described));
	}
}
