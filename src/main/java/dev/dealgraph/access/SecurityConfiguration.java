package dev.dealgraph.access;

import java.util.Collection;
import java.util.List;

import dev.dealgraph.system.FilterProblems;
import dev.dealgraph.system.ProblemTypes;
import dev.dealgraph.system.SecurityHeaders;
import dev.dealgraph.system.Sentences;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every answer but health, the static Browser, the planning page's files, the API
 * documentation and calendar feeds (opened by the secret in their path) needs an API key
 * or, when an issuer is configured, a company token. No sessions, no cookies, no
 * redirects: a request is judged by its own {@code Authorization} header.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, AccessDirectory directory, KeyUse use, FilterProblems problems,
			AccessProperties properties, ObjectProvider<JwtDecoder> jwtDecoder, CallerLimits limits,
			CalendarFeeds feeds) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.addFilterBefore(new ApiKeyFilter(directory, use, problems), AnonymousAuthenticationFilter.class)
			// after the key filter: a feed reads as its maker, whatever key comes with it
			.addFilterBefore(new CalendarFeedFilter(feeds), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new RateLimitFilter(limits, problems), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
						"/error")
				.permitAll()
				// Browser fetches its style and guide without any key: they hold no data
				.requestMatchers("/browser", "/browser/**", "/browser-guide/**", "/swagger-ui.html", "/swagger-ui/**",
						"/v3/api-docs", "/v3/api-docs/**")
				.permitAll()
				// the planning page's files and words hold no data; its API calls carry
				// the key
				.requestMatchers("/app", "/app/**")
				.permitAll()
				// calendar apps send no header: the secret in the path lets a feed in
				// (CalendarFeedFilter), an unknown one is answered 404 like a missing
				// object
				.requestMatchers(HttpMethod.GET, CalendarFeeds.PATH + "*")
				.permitAll()
				.requestMatchers("/api/v1/admin/**", "/actuator/**")
				.hasAuthority(CallerAuthentication.ADMIN)
				.anyRequest()
				.authenticated())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> ApiKeyFilter.unauthorized(request, response,
						problems, ApiKeyFilter.token(request) != null))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						ProblemTypes.FORBIDDEN, Sentences.of("problem.forbidden.admin-only"))))
			.headers((headers) -> headers.frameOptions((frames) -> frames.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.addHeaderWriter(SecurityHeaders::write));
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		if (decoder != null) {
			http.oauth2ResourceServer((resource) -> resource.bearerTokenResolver(companyTokens())
				.jwt((jwt) -> jwt.decoder(decoder)
					.jwtAuthenticationConverter((token) -> new CallerAuthentication(directory.byToken(
							token.getSubject(), teams(token, properties.teamsClaim()),
							properties.adminTeam() != null
									&& teams(token, properties.teamsClaim()).contains(properties.adminTeam())))))
				.authenticationEntryPoint(
						(request, response, ex) -> ApiKeyFilter.unauthorized(request, response, problems, true)));
		}
		return http.build();
	}

	/** Bearer tokens that are not our API keys, for the company token decoder. */
	private static BearerTokenResolver companyTokens() {
		DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
		return (request) -> {
			String token = standard.resolve(request);
			return (token != null && KeySecrets.isKey(token)) ? null : token;
		};
	}

	/**
	 * The team ids the claim lists (one string names one team); a claim of any other
	 * shape is a bad token.
	 */
	private static Collection<String> teams(Jwt token, String claim) {
		Object value = token.getClaims().get(claim);
		if (value == null) {
			return List.of();
		}
		if (value instanceof String team) {
			return List.of(team);
		}
		if (value instanceof Collection<?> teams && teams.stream().allMatch(String.class::isInstance)) {
			return teams.stream().map(String.class::cast).toList();
		}
		throw new InvalidBearerTokenException("The teams claim is not a list of team ids");
	}

	/** Answers only to the allowed Host names, so a rebinding DNS name gets nowhere. */
	@Bean
	HttpFirewall firewall(AccessProperties properties) {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHostnames(properties::allowsHost);
		return firewall;
	}

	@Bean
	RequestRejectedHandler rejected(FilterProblems problems) {
		return (request, response, ex) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
				ProblemTypes.MALFORMED,
				ex.getMessage() != null && ex.getMessage().contains("domain")
						? Sentences.of("problem.malformed-request.host")
						: Sentences.of("problem.malformed-request.default"));
	}

	/**
	 * No observation of each security filter, authentication and authorization: nothing
	 * reads them (no metrics or tracing endpoint is exposed), and wrapping every filter
	 * of every request in one cost a measurable share of a fast answer.
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** No user names and passwords: Spring Boot need not generate a default user. */
	@Bean
	UserDetailsService noPasswordUsers() {
		return (name) -> {
			throw new org.springframework.security.core.userdetails.UsernameNotFoundException(name);
		};
	}

}
