package org.doorstep.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries {@code Authorization: Bearer <token>} (or, under {@code /open311/}, the token as
 * {@code api_key}), for this request only: nothing goes into a
 * session, and such requests need no CSRF token (a browser never adds this header by itself). A token that does not
 * check out is answered 401 at once rather than treated as anonymous, so that a client learns its token is dead.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SignedInUsers signedIn;
    private final AuthenticationEntryPoint refusal;

    BearerTokenFilter(SignedInUsers signedIn, AuthenticationEntryPoint refusal) {
        this.signedIn = signedIn;
        this.refusal = refusal;
    }

    /** The bearer token of the request, if it has one. */
    static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return open311ApiKey(request);
        }
        return Optional.of(header.substring(PREFIX.length()).strip());
    }

    /** Open311 GeoReport v2 clients send their key as the {@code api_key} parameter: a bearer token here. */
    private static Optional<String> open311ApiKey(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/open311/")) {
            return Optional.empty();
        }
        String key = request.getParameter("api_key");
        return key == null || key.isBlank() ? Optional.empty() : Optional.of(key.strip());
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        return bearerToken(request).isPresent();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Only in the chain for requests that carry a token (SecurityConfig), so there is one.
        String token = bearerToken(request).orElseThrow();
        Optional<DoorstepPrincipal> principal = signedIn.forToken(token);
        if (principal.isEmpty()) {
            contexts.clearContext();
            refusal.commence(request, response, new InvalidBearerTokenException());
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(principal.get().authentication());
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
