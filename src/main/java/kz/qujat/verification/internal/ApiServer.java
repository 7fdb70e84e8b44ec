package kz.qujat.verification.internal;

import java.util.List;

import io.swagger.v3.oas.models.servers.Server;

import kz.qujat.verification.VerificationSettings;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description's server: the public base URL the QR codes point under, whatever address a request came by. */
@Configuration(proxyBeanMethods = false)
class ApiServer {

	@Bean
	GlobalOpenApiCustomizer publicServer(VerificationSettings settings) {
		String url = settings.publicBaseUrl().toString().replaceFirst("/+$", "");
		return openApi -> openApi.servers(List.of(new Server().url(url).description("This installation")));
	}
}
