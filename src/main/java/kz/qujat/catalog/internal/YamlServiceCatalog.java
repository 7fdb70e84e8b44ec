package kz.qujat.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import kz.qujat.catalog.FormField;
import kz.qujat.catalog.RefusalGround;
import kz.qujat.catalog.RequiredDocument;
import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.system.EditableFiles;
import kz.qujat.system.EditableFolder;
import kz.qujat.system.EditableFolder.EditableFile;
import kz.qujat.system.FileSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads every {@code *.yaml} of {@code templates/catalog} (packaged, or the operator's override) at startup, one
 * service a file, and refuses to start on a file that is not a complete, consistent service: a broken catalog must
 * never reach a clerk.
 */
@Component
class YamlServiceCatalog implements ServiceCatalog, EditableFiles {

	private static final Logger log = LoggerFactory.getLogger(YamlServiceCatalog.class);

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
	private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,6}");
	private static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z0-9]*");

	private final EditableFolder folder;
	private final String versionRead;
	private final Map<String, ServiceDefinition> services;

	YamlServiceCatalog(FileSettings files) {
		this.folder = files.catalog();
		this.versionRead = version();
		this.services = load(folder);
		log.info("Catalog: {} services, {}", services.size(), folder.describe());
	}

	@Override
	public String name() {
		return "catalog";
	}

	@Override
	public EditableFolder folder() {
		return folder;
	}

	@Override
	public String version() {
		return folder.version(".yaml");
	}

	/** The catalog is read at start-up only: an edit since then is in use after a restart, if it parses. */
	@Override
	public String check() {
		return readAtStartUp(load(folder).size() + " services", versionRead);
	}

	@Override
	public List<ServiceDefinition> all() {
		return List.copyOf(services.values());
	}

	@Override
	public Optional<ServiceDefinition> find(String code) {
		return Optional.ofNullable(code).map(services::get);
	}

	static Map<String, ServiceDefinition> load(EditableFolder folder) {
		// Jackson 3 refuses a missing boolean by default; in the catalog an absent flag means false.
		YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
		Map<String, ServiceDefinition> services = new LinkedHashMap<>();
		for (EditableFile file : folder.list(".yaml")) {
			ServiceDefinition service = read(yaml, file);
			services.put(service.code(), service);
		}
		if (services.isEmpty()) {
			throw new IllegalStateException("The service catalog (" + folder + ") has no *.yaml file");
		}
		requireDistinct(services.values().stream().map(ServiceDefinition::registrationPrefix).toList(),
				"registration prefix", folder);
		return Collections.unmodifiableMap(services);
	}

	private static ServiceDefinition read(YAMLMapper yaml, EditableFile file) {
		ServiceDefinition service;
		try (InputStream in = file.open()) {
			service = yaml.readValue(in, ServiceDefinition.class);
		}
		catch (JacksonException e) {
			throw new IllegalStateException("Catalog file " + file + " is not a valid service: " + e.getOriginalMessage()
					+ " at " + e.getPathReference(), e);
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read the catalog file " + file, e);
		}
		String expected = file.name().replaceFirst("\\.yaml$", "");
		check(service.code() != null && service.code().equals(expected), file, "code must equal the file name, " + expected);
		check(CODE.matcher(service.code()).matches(), file, "code must be lower-case words joined by '-'");
		check(service.registrationPrefix() != null && PREFIX.matcher(service.registrationPrefix()).matches(), file,
				"registrationPrefix must be 2 to 6 capital Latin letters");
		check(service.name() != null && service.provider() != null && service.result() != null && service.fee() != null
				&& service.form() != null && service.consumers() != null && service.channelsText() != null
				&& service.procedure() != null && service.process() != null, file,
				"name, provider, consumers, form, channelsText, procedure, process, result and fee are required in kk and ru");
		check(service.term() != null && service.term().text() != null, file,
				"term needs workingDays or minutes, and text in kk and ru");
		check(!service.channels().isEmpty(), file, "at least one channel is required");
		check(!service.documents().isEmpty(), file, "at least one required document is required");
		check(service.documents().stream().allMatch(d -> d.code() != null && CODE.matcher(d.code()).matches() && d.name() != null),
				file, "every document needs a code of lower-case words joined by '-' and a name in kk and ru");
		check(service.refusalGrounds().stream().allMatch(g -> g.code() != null && CODE.matcher(g.code()).matches() && g.text() != null),
				file, "every refusal ground needs a code of lower-case words joined by '-' and a text in kk and ru");
		check(service.application() != null && service.application().request() != null, file,
				"application needs a request in kk and ru");
		for (FormField field : service.application().fields()) {
			check(field.name() != null && FIELD.matcher(field.name()).matches() && field.type() != null
					&& field.label() != null, file, "every application field needs a camelCase name, a type and a label in kk and ru");
			check(field.type() != FormField.Type.choice || !field.options().isEmpty(), file,
					"the choice field " + field.name() + " needs options");
			check(field.options().stream().allMatch(o -> o.code() != null && o.name() != null), file,
					"every option of " + field.name() + " needs a code and a name in kk and ru");
		}
		requireDistinct(service.application().fields().stream().map(FormField::name).toList(), "application field", file);
		requireDistinct(service.documents().stream().map(RequiredDocument::code).toList(), "document code", file);
		requireDistinct(service.refusalGrounds().stream().map(RefusalGround::code).toList(), "refusal ground code", file);
		return service;
	}

	private static void check(boolean condition, EditableFile file, String rule) {
		if (!condition) {
			throw new IllegalStateException("Catalog file " + file + ": " + rule);
		}
	}

	private static void requireDistinct(List<String> values, String what, Object where) {
		Set<String> seen = new HashSet<>();
		for (String value : values) {
			if (!seen.add(value)) {
				throw new IllegalStateException("Catalog " + where + ": the " + what + " " + value + " appears twice");
			}
		}
	}
}
