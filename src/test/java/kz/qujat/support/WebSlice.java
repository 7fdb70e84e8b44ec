package kz.qujat.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.system.FileSettings;
import kz.qujat.system.HttpSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * The web layer alone, for fast tests of requests and their answers: the {@link #value() controllers} under test
 * on MockMvc, with the service's JSON rules, validation, catalog, problem details and languages, a
 * {@link TestClock}, and the demo clerk signed in ({@link SignedInClerk}); what the controllers call is mocked
 * by the test. Sign-in itself is left to the full-stack tests: the security filters do not run here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(includeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = WebSliceScan.SystemConfiguration.class),
		@ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ServiceCatalog.class) },
		excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM,
				classes = { WebSliceScan.SecurityConfiguration.class, WebSliceScan.DeskConfiguration.class }))
@AutoConfigureMockMvc(addFilters = false)
@EnableConfigurationProperties({ FileSettings.class, HttpSettings.class })
@Import({ TestClockConfiguration.class, SignedInClerk.class })
public @interface WebSlice {

	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();
}
