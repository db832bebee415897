package org.doorstep.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reloads the account behind a browser session on every request (through {@link SignedInUsers}), so that a grant
 * revoked or an account disabled by an administrator takes effect at the user's next click, not when the session times
 * out. A disabled or deleted account
 * loses its session and continues as anonymous. The fresh principal serves this request only; the session keeps the
 * one from login.
 */
class SessionAccountFilter extends OncePerRequestFilter {

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SignedInUsers users;

    SessionAccountFilter(SignedInUsers users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = contexts.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof DoorstepPrincipal signedIn) {
            refresh(request, signedIn);
        }
        chain.doFilter(request, response);
    }

    private void refresh(HttpServletRequest request, DoorstepPrincipal signedIn) {
        Optional<DoorstepPrincipal> fresh = users.forUsername(signedIn.getUsername());
        if (fresh.isEmpty()) {
            contexts.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(fresh.get().authentication());
        contexts.setContext(context);
    }
}
