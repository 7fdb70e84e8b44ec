package kz.qujat.schools.internal;

import java.util.List;

import kz.qujat.schools.StaffMember;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what: the catalog, the verification page, JSON and upload check, health and the API description are
 * public; everything else needs a staff sign-in (HTTP Basic for now).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	static {
		// the signed-in StaffMember is resolved from the session, never sent by the client
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(StaffMember.class);
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, HandlerExceptionResolver handlerExceptionResolver) throws Exception {
		ProblemAnswers problems = new ProblemAnswers(handlerExceptionResolver);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(HttpMethod.GET, "/api/v1/services", "/api/v1/services/*").permitAll()
			.requestMatchers(HttpMethod.GET, "/v/*", "/api/v1/verify/*").permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/verify").permitAll()
			.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
			.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
			.requestMatchers(HttpMethod.GET, "/", "/css/**", "/favicon.ico").permitAll()
			.requestMatchers("/error").permitAll()
			.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("qujat").authenticationEntryPoint(problems))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new StaffMemberArgumentResolver());
	}
}
