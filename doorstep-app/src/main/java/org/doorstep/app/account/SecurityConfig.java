package org.doorstep.app.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Deny by default. Browsers sign in with the login form and keep a session cookie, with CSRF protection; API clients
 * exchange username and password for a bearer token ({@code POST /api/auth/token}) and send it on every request,
 * statelessly and without CSRF tokens, through a chain of their own that has no session, login, logout or saved
 * request to look after (a booking is answered in about a millisecond, and those filters were a part of it). HTTP
 * Basic is off. Under {@code /api/**} a refusal is a problem detail (401 or
 * 403), never a redirect to the login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

    private static final String LOGIN_PAGE = "/login";
    // Open311 clients are API clients too: a 401 problem, not the login page.
    private static final RequestMatcher API = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/open311/**"));
    private static final RequestMatcher TOKEN_ISSUE =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/auth/token");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(
            DoorstepUserDetailsService users, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        return new ProviderManager(new ThrottledAuthenticationProvider(users, passwordEncoder, attempts));
    }

    /** Requests that carry a bearer token: authenticated by it alone, or refused with a 401 problem. */
    @Bean
    @Order(1)
    SecurityFilterChain bearerTokenChain(HttpSecurity http, SignedInUsers signedIn, ObjectMapper json)
            throws Exception {
        ApiProblems problems = new ApiProblems(json);
        http.securityMatcher(BearerTokenFilter::hasBearerToken)
                .authorizeHttpRequests(SecurityConfig::authorize)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new BearerTokenFilter(signedIn, problems), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, AuthenticationManager authenticationManager, SignedInUsers signedIn, ObjectMapper json)
            throws Exception {
        ApiProblems problems = new ApiProblems(json);
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(SecurityConfig::authorize)
                // The web module's own login page (GET /login); Spring Security still takes the POST.
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .failureHandler(loginFailureHandler())
                        .permitAll())
                .logout(Customizer.withDefaults())
                .httpBasic(AbstractHttpConfigurer::disable)
                // The token endpoint is exempt: it takes JSON only, which a cross-site form cannot send, and its
                // answer is unreadable to another site.
                .csrf(csrf -> csrf.ignoringRequestMatchers(TOKEN_ISSUE))
                .requestCache(cache -> cache.requestCache(browserRequestCache()))
                // Entry points as defaults per path: problem details under /api, the login page elsewhere.
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(problems, API)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), new NegatedRequestMatcher(API))
                        .accessDeniedHandler(accessDeniedHandler(problems)))
                .addFilterAfter(new SessionAccountFilter(signedIn), SecurityContextHolderFilter.class);
        return http.build();
    }

    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        // The login page with any query (form login's own permit matches only "/login" and "/login?error" exactly,
        // so "/login?lang=en" would be sent back to the login page).
        requests.requestMatchers("/error", "/favicon.ico", "/webjars/**", "/css/**", "/js/**", LOGIN_PAGE)
                .permitAll()
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .permitAll()
                .requestMatchers(TOKEN_ISSUE)
                .permitAll()
                // Open311 discovery and the service catalogue are public, as GeoReport v2 clients expect.
                .requestMatchers(
                        HttpMethod.GET, "/open311/v2/discovery.*", "/open311/v2/services.*", "/open311/v2/services/*")
                .permitAll()
                .requestMatchers("/api/users/**")
                .hasRole(Role.ADMIN.name())
                .anyRequest()
                .authenticated();
    }

    /**
     * A wrong password goes back to the login form; a locked account gets a 429 error page that says until when,
     * since the generated login page can only say "Invalid credentials".
     */
    private static AuthenticationFailureHandler loginFailureHandler() {
        LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler> handlers =
                new LinkedHashMap<>();
        handlers.put(
                AccountLockedException.class,
                (request, response, exception) ->
                        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), exception.getMessage()));
        return new DelegatingAuthenticationFailureHandler(
                handlers, new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?error"));
    }

    /** Only browser pages are remembered for after login; an API call must not open a session. */
    private static HttpSessionRequestCache browserRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new NegatedRequestMatcher(API));
        return cache;
    }

    private static RequestMatcherDelegatingAccessDeniedHandler accessDeniedHandler(ApiProblems problems) {
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(API, problems);
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }
}
