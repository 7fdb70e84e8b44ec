package kz.qujat.schools.internal;

import java.util.List;

import kz.qujat.schools.AuditTrail;
import kz.qujat.schools.SecuritySettings;
import kz.qujat.schools.StaffMember;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what, in one place. The catalog, verification (page, JSON, upload), health and the API
 * description are public and rate-limited per client address. Staff sign in with HTTP Basic, an API token
 * ({@code Authorization: Bearer …}) or, in a browser, the login form and its session. Operators manage schools;
 * directors their school's profile, staff and tokens; directors and clerks the school's papers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	static {
		// the signed-in StaffMember is resolved from the sign-in, never sent by the client
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(StaffMember.class);
	}

	/** Pages send no inline scripts; styles may be inline (the login page, the API description). */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain api(HttpSecurity http, HandlerExceptionResolver handlerExceptionResolver, JdbcStaff staff,
			ApiTokens tokens, PasswordEncoder passwords, AuditTrail audit, SecuritySettings settings) throws Exception {
		ProblemAnswers problems = new ProblemAnswers(handlerExceptionResolver);
		RequestMatcher publicEndpoints = publicEndpoints();
		DaoAuthenticationProvider passwordSignIn = new DaoAuthenticationProvider(staff);
		passwordSignIn.setPasswordEncoder(passwords);
		AuthenticationManager signIn = new ProviderManager(
				new ThrottledSignIn(passwordSignIn, new SignInThrottle(settings), audit));
		String director = "DIRECTOR";
		String clerk = "CLERK";
		String operator = "OPERATOR";
		http.authenticationManager(signIn)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(publicEndpoints).permitAll()
				.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/", "/css/**", "/favicon.ico").permitAll()
				.requestMatchers("/error", "/login").permitAll()
				.requestMatchers("/api/v1/schools", "/api/v1/schools/**").hasRole(operator)
				.requestMatchers("/actuator/**").hasRole(operator)
				.requestMatchers("/api/v1/audit").hasAnyRole(director, operator)
				.requestMatchers(HttpMethod.GET, "/api/v1/school").hasAnyRole(director, clerk)
				.requestMatchers("/api/v1/school", "/api/v1/school/**").hasRole(director)
				.requestMatchers("/api/v1/**").hasAnyRole(director, clerk)
				.anyRequest().authenticated())
			.addFilterBefore(new ApiTokenFilter(tokens, staff, audit, problems), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.realmName("qujat").authenticationEntryPoint(problems))
			.formLogin(form -> form.defaultSuccessUrl("/swagger-ui.html", false))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			// only a session cookie (the login form) is ambient authority a forged request could ride on; requests
			// without one, or carrying their own credentials, need no CSRF token
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getRequestedSessionId() == null
					|| request.getHeader(HttpHeaders.AUTHORIZATION) != null)
				.ignoringRequestMatchers(publicEndpoints))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	/**
	 * The per-address limit, as a servlet filter ahead of Spring Security rather than inside its chain: a request
	 * the firewall or a filter refuses as malformed has been counted by then, so garbage is limited like any
	 * public request.
	 */
	@Bean
	FilterRegistrationBean<PublicRateLimit> publicRateLimit(SecuritySettings settings,
			HandlerExceptionResolver handlerExceptionResolver) {
		FilterRegistrationBean<PublicRateLimit> registration = new FilterRegistrationBean<>(
				new PublicRateLimit(settings, publicEndpoints(), handlerExceptionResolver));
		// after the language filter (-104), before the filter that answers other filters' failures (-102)
		registration.setOrder(-103);
		return registration;
	}

	/** Spring Security's firewall refusals answered as problem details, through the one mapping. */
	@Bean
	RequestRejectedHandler requestRejectedHandler(HandlerExceptionResolver handlerExceptionResolver) {
		return (request, response, rejected) -> handlerExceptionResolver.resolveException(request, response, null,
				rejected);
	}

	/** What anyone may ask without signing in; rate-limited per client address. */
	static RequestMatcher publicEndpoints() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(List.of(paths.matcher(HttpMethod.GET, "/api/v1/services"),
				paths.matcher(HttpMethod.GET, "/api/v1/services/*"), paths.matcher(HttpMethod.GET, "/v/*"),
				paths.matcher(HttpMethod.GET, "/api/v1/verify/*"), paths.matcher(HttpMethod.POST, "/api/v1/verify"),
				paths.matcher(HttpMethod.GET, "/actuator/health"), paths.matcher(HttpMethod.GET, "/actuator/health/**"),
				paths.matcher(HttpMethod.GET, "/actuator/info")));
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
