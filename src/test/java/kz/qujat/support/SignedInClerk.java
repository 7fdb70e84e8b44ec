package kz.qujat.support;

import java.util.List;
import java.util.UUID;

import kz.qujat.schools.StaffMember;
import kz.qujat.schools.StaffRole;
import kz.qujat.system.Bilingual;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** In a {@link WebSlice}, every request comes from the demo school's clerk, given to controllers as their {@link StaffMember}. */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInClerk implements WebMvcConfigurer {

	public static final StaffMember CLERK = new StaffMember(UUID.fromString("00000000-0000-4000-8000-000000000002"),
			UUID.fromString("00000000-0000-4000-8000-000000000001"), "demo", "Құдайбергенова Сәуле Ерғалиқызы",
			Bilingual.of("іс жүргізуші", "делопроизводитель"), StaffRole.CLERK);

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType().equals(StaffMember.class);
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
					NativeWebRequest request, WebDataBinderFactory binders) {
				return CLERK;
			}
		});
	}
}
