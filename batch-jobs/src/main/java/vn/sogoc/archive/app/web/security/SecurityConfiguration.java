package vn.sogoc.archive.app.web.security;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import vn.sogoc.archive.app.web.WebProperties;

/**
 * Who may call what. Two filter chains:
 * <ul>
 *   <li>{@code /api/**} and {@code /actuator/**}: stateless, HTTP Basic for people and API keys for
 *       other systems, no session and hence no CSRF token; refusals are RFC 7807 problems (401 for an
 *       anonymous caller, 403 for a wrong role); system clients are rate-limited (429). Anything not
 *       listed is denied.</li>
 *   <li>Everything else: the web UI, form login with a session, CSRF tokens on every form, pages by role.
 *       OpenAPI ({@code /v3/api-docs}), Swagger UI, the login page, static files and the copy verification
 *       page ({@code /verify/*}, rate-limited per client IP for anonymous callers) are public.</li>
 * </ul>
 * Roles: ARCHIVIST (jobs, review queue), CLERK (search, records, issue and export copies), AUDITOR (read
 * jobs and the audit trail), SYSTEM (fetch a copy by ID, verify it).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String ARCHIVIST = Role.ARCHIVIST.name();
    static final String CLERK = Role.CLERK.name();
    static final String AUDITOR = Role.AUDITOR.name();
    static final String SYSTEM = Role.SYSTEM.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // BCrypt
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiClients clients, WebProperties properties) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable()) // no cookie-based authentication on this chain
                .httpBasic(b -> b.authenticationEntryPoint(ProblemResponses.unauthorized()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .addFilterBefore(new ApiKeyAuthenticationFilter(clients), BasicAuthenticationFilter.class)
                .addFilterAfter(new RateLimitFilter(properties.rateLimit(), System::nanoTime), BasicAuthenticationFilter.class)
                .addFilterAfter(new ActorFilter(), RateLimitFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(GET, "/api/v1/copies/*/pdf", "/api/v1/copies/*/verification").hasAnyRole(CLERK, SYSTEM)
                        .requestMatchers("/api/v1/copies", "/api/v1/copies/**").hasRole(CLERK)
                        .requestMatchers(GET, "/api/v1/records", "/api/v1/records/**").hasRole(CLERK)
                        .requestMatchers("/api/v1/review", "/api/v1/review/**").hasRole(ARCHIVIST)
                        .requestMatchers(GET, "/api/v1/jobs", "/api/v1/jobs/**").hasAnyRole(ARCHIVIST, AUDITOR)
                        .requestMatchers(GET, "/api/v1/audit", "/api/v1/audit/**").hasRole(AUDITOR)
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(GET, "/actuator/**").hasAnyRole(ARCHIVIST, AUDITOR, SYSTEM)
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, WebProperties properties) throws Exception {
        http.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; object-src 'self'; "
                                + "frame-ancestors 'self'; form-action 'self'")))
                .addFilterBefore(new PublicVerifyRateLimitFilter(properties.verifyRateLimit(), System::nanoTime),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .addFilterAfter(new ActorFilter(), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error", "/v3/api-docs",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/verify/*").permitAll()
                        .requestMatchers("/search", "/records/**", "/copies", "/copies/**").hasRole(CLERK)
                        .requestMatchers("/review", "/review/**").hasRole(ARCHIVIST)
                        .requestMatchers("/jobs", "/jobs/**").hasAnyRole(ARCHIVIST, AUDITOR)
                        .requestMatchers("/audit", "/audit/**").hasRole(AUDITOR)
                        .anyRequest().authenticated());
        return http.build();
    }
}
