package kz.qujat.catalog;

import java.util.List;
import java.util.Optional;

/** The services the product knows, loaded once from {@code templates/catalog}. */
public interface ServiceCatalog {

	List<ServiceDefinition> all();

	Optional<ServiceDefinition> find(String code);

	default ServiceDefinition require(String code) {
		return find(code).orElseThrow(() -> new UnknownService(code));
	}
}
