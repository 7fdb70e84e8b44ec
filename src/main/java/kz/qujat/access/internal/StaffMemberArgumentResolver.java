package kz.qujat.access.internal;

import java.util.Optional;

import kz.qujat.schools.StaffMember;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method take the signed-in {@link StaffMember} as a plain parameter. */
class StaffMemberArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(StaffMember.class);
	}

	@Override
	public StaffMember resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		return current().orElseThrow(ProblemAnswers.SignInRequired::new);
	}

	static Optional<StaffMember> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// a token acts as its staff account; a password sign-in is that account
		return authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
				? Optional.of(account.member()) : Optional.empty();
	}
}
