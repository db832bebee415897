package org.doorstep.app.account;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The scope of the user behind the current request. */
@Component
public class AccessScopes {

    /** The current user's scope; throws when nobody is signed in, so that no caller reads without a scope. */
    public AccessScope current() {
        return signedIn()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no signed-in Doorstep user"));
    }

    /** The current user's scope, or empty outside a signed-in request (a start-up task, the demo's seeding). */
    public Optional<AccessScope> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ScopedPrincipal principal) {
            return Optional.of(principal.scope());
        }
        return Optional.empty();
    }
}
