package kz.qujat.access.internal;

import java.util.List;

import kz.qujat.access.SecuritySettings;
import kz.qujat.schools.StaffAccounts;
import kz.qujat.schools.StaffMember;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what, in one place. The catalog, verification (page, JSON, upload), health and the API
 * description are public and rate-limited per client address. Staff sign in with HTTP Basic or an API token
 * ({@code Authorization: Bearer …}), which open no session, or, in a browser, with the sign-in form, whose
 * session is checked against the account on every request. Operators manage schools; directors their school's
 * profile, staff and tokens; directors and clerks the school's papers.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration implements WebMvcConfigurer {

	static {
		// the signed-in StaffMember is resolved from the sign-in, never sent by the client
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(StaffMember.class);
	}

	/** Pages send no inline scripts; styles may be inline (the API description). */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'self'";

	/** The desk's pages ({@code DeskPage.PATH}; the desk module builds on this one, so the path is spelled here). */
	private static final String DESK = "/desk";

	public static final String SIGN_IN_PAGE = kz.qujat.access.SignedIn.FORM;

	/**
	 * Requests that carry their own credentials (Basic or a token) are checked on their own and leave nothing
	 * behind: no session, so revoking the token or disabling the account ends their access with the next request.
	 * Nothing ambient rides along with them either, so they need no CSRF token.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain withCredentials(HttpSecurity http, HandlerExceptionResolver handlerExceptionResolver,
			StaffAccounts staff, UserDetailsService accounts, ApiTokens tokens, PasswordEncoder passwords,
			ApplicationEventPublisher events, FailedSignIns failures) throws Exception {
		ProblemAnswers problems = new ProblemAnswers(handlerExceptionResolver);
		access(http, signIn(accounts, passwords, failures, events), problems)
			.securityMatcher(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null)
			.addFilterBefore(new ApiTokenFilter(tokens, staff, events, problems), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.realmName("qujat").authenticationEntryPoint(problems))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	/**
	 * Everything else: anonymous requests, and browsers, which sign in with the form and then carry a session
	 * cookie. The cookie is ambient authority a forged request could ride on, so a request in a live session needs
	 * the CSRF token (the cookie of an ended one grants nothing: such a request is anonymous, and answered so), and
	 * so does the sign-in itself (else a forged sign-in could slip the forger's account into someone's browser).
	 * The session's account is read anew on every request ({@link LiveSessionAccount}).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain inBrowser(HttpSecurity http, HandlerExceptionResolver handlerExceptionResolver,
			StaffAccounts staff, UserDetailsService accounts, PasswordEncoder passwords, ApplicationEventPublisher events,
			FailedSignIns failures) throws Exception {
		ProblemAnswers problems = new ProblemAnswers(handlerExceptionResolver);
		SignInRedirects redirects = new SignInRedirects();
		RequestMatcher signInForm = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SIGN_IN_PAGE);
		access(http, signIn(accounts, passwords, failures, events), problems)
			.addFilterAfter(new LiveSessionAccount(staff), CsrfFilter.class)
			.formLogin(form -> form.loginPage(SIGN_IN_PAGE).successHandler(redirects).failureHandler(redirects))
			.logout(logout -> logout.logoutSuccessHandler(redirects))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.csrf(csrf -> csrf
				.ignoringRequestMatchers(
						request -> !request.isRequestedSessionIdValid() && !signInForm.matches(request))
				.ignoringRequestMatchers(publicEndpoints()));
		return http.build();
	}

	/** What both chains share: the rules of who may call what, the answers to refusals, the headers of pages. */
	private static HttpSecurity access(HttpSecurity http, AuthenticationManager signIn, ProblemAnswers problems)
			throws Exception {
		String director = "DIRECTOR";
		String clerk = "CLERK";
		String operator = "OPERATOR";
		return http.authenticationManager(signIn)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(publicEndpoints()).permitAll()
				.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/", "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
				.requestMatchers("/error", SIGN_IN_PAGE).permitAll()
				.requestMatchers("/api/v1/schools", "/api/v1/schools/**").hasRole(operator)
				.requestMatchers("/actuator/**").hasRole(operator)
				.requestMatchers("/api/v1/audit").hasAnyRole(director, operator)
				.requestMatchers(HttpMethod.GET, "/api/v1/school").hasAnyRole(director, clerk)
				.requestMatchers("/api/v1/school", "/api/v1/school/**").hasRole(director)
				.requestMatchers("/api/v1/**").hasAnyRole(director, clerk)
				// the desk's pages, by the same roles as the API they stand in front of
				.requestMatchers(DESK + "/schools", DESK + "/schools/**").hasRole(operator)
				.requestMatchers(DESK + "/audit", DESK + "/audit/**").hasAnyRole(director, operator)
				.requestMatchers(DESK + "/school", DESK + "/school/**", DESK + "/staff", DESK + "/staff/**",
						DESK + "/tokens", DESK + "/tokens/**", DESK + "/printers", DESK + "/printers/**")
				.hasRole(director)
				.requestMatchers(DESK + "/**").hasAnyRole(director, clerk)
				.anyRequest().authenticated())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// an API answers 401 and keeps no request to return to after a sign-in: anonymous calls open no session
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			// the desk shows a preview PDF in a frame of its own page; no other site may frame the service
			.headers(headers -> headers.frameOptions(frames -> frames.sameOrigin())
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
	}

	/**
	 * The staff accounts as Spring Security finds them by username. Being a bean, it also keeps Spring Boot from
	 * making its own in-memory user with a generated password (which no chain here asks, but whose password the log
	 * would print with a warning to fix the configuration).
	 */
	@Bean
	UserDetailsService staffAccounts(StaffAccounts staff) {
		return username -> staff.find(username)
			.map(SignedInAccount::new)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	/** Password sign-in, Basic or form, both counted by the one record of failed attempts. */
	private static AuthenticationManager signIn(UserDetailsService accounts, PasswordEncoder passwords,
			FailedSignIns failures, ApplicationEventPublisher events) {
		DaoAuthenticationProvider passwordSignIn = new DaoAuthenticationProvider(accounts);
		passwordSignIn.setPasswordEncoder(passwords);
		return new ProviderManager(new ThrottlingAuthenticationProvider(passwordSignIn, failures, events));
	}

	/** What anyone may ask without signing in; rate-limited per client address, and described so in the API. */
	static final List<PublicEndpoint> PUBLIC = List.of(new PublicEndpoint(HttpMethod.GET, "/api/v1/services"),
			new PublicEndpoint(HttpMethod.GET, "/api/v1/services/*"), new PublicEndpoint(HttpMethod.GET, "/v/*"),
			new PublicEndpoint(HttpMethod.GET, "/api/v1/verify/*"), new PublicEndpoint(HttpMethod.POST, "/api/v1/verify"),
			new PublicEndpoint(HttpMethod.GET, "/actuator/health"), new PublicEndpoint(HttpMethod.GET, "/actuator/health/**"),
			new PublicEndpoint(HttpMethod.GET, "/actuator/info"));

	static RequestMatcher publicEndpoints() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(
				PUBLIC.stream().map(endpoint -> (RequestMatcher) paths.matcher(endpoint.method(), endpoint.path())).toList());
	}

	/** A method and path pattern anyone may ask. */
	record PublicEndpoint(HttpMethod method, String path) {
	}

	@Bean
	FailedSignIns failedSignIns(SecuritySettings settings) {
		return new FailedSignIns(settings);
	}

	/**
	 * The per-address limit, as a servlet filter ahead of Spring Security rather than inside its chains: a request
	 * the firewall or a filter refuses as malformed has been counted by then, so garbage is limited like any
	 * public request. The start and sign-in pages count as public even with a session cookie: the sign-in page
	 * keeps its CSRF token in a session, so each anonymous visit to it costs the server memory until it lapses.
	 */
	@Bean
	FilterRegistrationBean<PublicRateLimit> publicRateLimit(SecuritySettings settings,
			HandlerExceptionResolver handlerExceptionResolver) {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher limited = new OrRequestMatcher(publicEndpoints(), paths.matcher(HttpMethod.GET, "/"),
				paths.matcher(SIGN_IN_PAGE));
		FilterRegistrationBean<PublicRateLimit> registration = new FilterRegistrationBean<>(
				new PublicRateLimit(settings, limited, handlerExceptionResolver));
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

	/** The signed-in account's staff member, or empty for a visitor ({@link kz.qujat.access.SignedIn}). */
	public static java.util.Optional<StaffMember> signedInMember() {
		return StaffMemberArgumentResolver.current();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new StaffMemberArgumentResolver());
	}
}
