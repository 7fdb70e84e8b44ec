package kz.qujat.rendering.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;

import kz.qujat.rendering.RenderingFailed;
import kz.qujat.rendering.TemplateNotFound;
import kz.qujat.system.Bilingual;
import kz.qujat.system.EditableFolder;
import kz.qujat.system.EditableFolder.EditableFile;
import kz.qujat.system.FileSettings;
import kz.qujat.system.OfficialDates;

import org.springframework.stereotype.Component;

/**
 * Fills the {@code .ftlh} templates of {@code templates/documents} into XHTML, each from the operator's override
 * folder when it has the file, else the packaged one (the rule of {@link EditableFolder}, as FreeMarker's loaders
 * say it: an {@code <#import>} of a template it does not override finds the packaged one). Locked down: every value is
 * escaped as XHTML, nothing in a model is ever parsed as a template, and templates cannot create Java
 * objects ({@code ?new}) or reach the Java API ({@code ?api}). Templates see {@code dates} (official date forms).
 */
@Component
class FreemarkerDocuments {

	private final Configuration configuration;

	FreemarkerDocuments(FileSettings files) throws IOException, TemplateModelException {
		Configuration config = new Configuration(Configuration.VERSION_2_3_34);
		config.setTemplateLoader(loader(files.documentTemplates()));
		config.setDefaultEncoding("UTF-8");
		config.setRecognizeStandardFileExtensions(false);
		config.setOutputFormat(XHTMLOutputFormat.INSTANCE);
		config.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
		config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
		config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		config.setAPIBuiltinEnabled(false);
		config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		config.setLogTemplateExceptions(false);
		config.setWrapUncheckedExceptions(true);
		config.setFallbackOnNullLoopVariable(false);
		config.setNumberFormat("computer");
		config.setLocale(Bilingual.KAZAKH);
		config.setSharedVariable("dates", OfficialDates.INSTANCE);
		this.configuration = config;
	}

	private static TemplateLoader loader(EditableFolder templates) throws IOException {
		List<TemplateLoader> loaders = new ArrayList<>();
		Optional<Path> override = templates.override();
		if (override.isPresent()) {
			loaders.add(new FileTemplateLoader(override.get().toFile()));
		}
		loaders.add(new ClassTemplateLoader(FreemarkerDocuments.class.getClassLoader(), templates.packaged()));
		MultiTemplateLoader loader = new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
		// not sticky: a file put into the override folder later replaces the packaged one at the next update check
		loader.setSticky(false);
		return loader;
	}

	String fill(String name, Map<String, ?> model) {
		Template template = template(name);
		StringWriter out = new StringWriter(16 * 1024);
		try {
			template.process(model, out);
		}
		catch (TemplateException | IOException e) {
			throw new RenderingFailed(name, e);
		}
		return out.toString();
	}

	/** Parses the file as it is now, past the cache: for the checks of every template file. */
	void parse(EditableFile file) {
		try (Reader in = new InputStreamReader(file.open(), StandardCharsets.UTF_8)) {
			new Template(file.name(), in, configuration);
		}
		catch (IOException e) {
			throw new TemplateNotFound(file.name(), e);
		}
	}

	Template template(String name) {
		try {
			return configuration.getTemplate(name);
		}
		catch (IOException e) {
			throw new TemplateNotFound(name, e);
		}
	}
}
