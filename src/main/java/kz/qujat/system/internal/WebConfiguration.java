package kz.qujat.system.internal;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	/** Tomcat's refusals as problem details: replaces the host's error report valve that Spring Boot puts there. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports(MessageSource messages) {
		class ProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

			/** After Spring Boot's own customizer, whose valve this one replaces. */
			@Override
			public int getOrder() {
				return Ordered.LOWEST_PRECEDENCE;
			}

			@Override
			public void customize(TomcatServletWebServerFactory factory) {
				factory.addContextCustomizers(context -> {
					StandardHost host = (StandardHost) context.getParent();
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ErrorReportValve) {
							host.getPipeline().removeValve(valve);
						}
					}
					host.getPipeline().addValve(new ProblemReportValve(messages));
					// or the host adds its default valve as it starts, which would answer first
					host.setErrorReportValveClass(ProblemReportValve.class.getName());
				});
			}
		}
		return new ProblemReports();
	}
}
