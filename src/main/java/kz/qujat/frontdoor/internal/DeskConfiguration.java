package kz.qujat.frontdoor.internal;

import java.util.List;

import kz.qujat.desk.FormProblems;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the desk's failure pages ahead of the problem details in the one chain of exception resolvers. */
@Configuration(proxyBeanMethods = false)
class DeskConfiguration implements WebMvcConfigurer {

	private final DeskViews views;
	private final FormProblems problems;

	DeskConfiguration(DeskViews views, FormProblems problems) {
		this.views = views;
		this.problems = problems;
	}

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(0, new DeskFailurePages(views, problems));
	}
}
