package kz.qujat.catalog.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import kz.qujat.catalog.Channel;
import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.catalog.ServiceTerm;
import kz.qujat.system.Bilingual;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public catalog: which services a school renders and what each one needs. */
@RestController
@RequestMapping("/api/v1/services")
class ServiceController {

	private final ServiceCatalog catalog;

	ServiceController(ServiceCatalog catalog) {
		this.catalog = catalog;
	}

	@Operation(operationId = "listServices", summary = "List the state services",
			description = "Each service with its names, channels and term. Public.")
	@GetMapping
	List<ServiceSummary> list() {
		return catalog.all().stream().map(ServiceSummary::of).toList();
	}

	@Operation(operationId = "getService", summary = "Get a service",
			description = "Its documents, refusal grounds, application form and term. Public.")
	@GetMapping("/{code}")
	ServiceView one(@PathVariable String code) {
		return ServiceView.of(catalog.require(code));
	}

	/** What a list of services shows: enough to choose one. */
	record ServiceSummary(String code, Bilingual name, List<Channel> channels, ServiceTerm term, String href) {

		static ServiceSummary of(ServiceDefinition service) {
			return new ServiceSummary(service.code(), service.name(), service.channels(), service.term(),
					"/api/v1/services/" + service.code());
		}
	}
}
