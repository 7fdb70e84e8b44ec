package kz.qujat.system.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.qujat.system.EditableFiles;
import kz.qujat.system.EditableFilesHealth;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code templates} health component: one part for each kind of editable file (documents, fonts, catalog,
 * calendars), UP while its files, packaged or overridden, parse as at start-up, DOWN naming the broken file. Not
 * part of readiness: every instance reads the same files, so taking this one out of the load balancer would mend
 * nothing, and papers of the other templates, and verification, still work.
 */
@Configuration(proxyBeanMethods = false)
class TemplateFilesHealth {

	@Bean
	HealthContributor templates(List<EditableFiles> files) {
		Map<String, HealthContributor> parts = new LinkedHashMap<>();
		files.forEach(part -> parts.put(part.name(), new EditableFilesHealth(part)));
		return CompositeHealthContributor.fromMap(parts);
	}
}
