package kz.qujat.catalog;

import java.util.List;
import java.util.Optional;

import kz.qujat.system.InvalidField;

/** The services the product knows, loaded once from {@code templates/catalog}. */
public interface ServiceCatalog {

	List<ServiceDefinition> all();

	Optional<ServiceDefinition> find(String code);

	default ServiceDefinition require(String code) {
		return find(code).orElseThrow(() -> new UnknownService(code));
	}

	/** The service a request field names, or that field breaks the rule {@code unknown-service}. */
	default ServiceDefinition requireFor(String field, String code) {
		return find(code).orElseThrow(() -> new InvalidField(field, "unknown-service"));
	}
}
