package org.doorstep.app.account;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The scope of the user behind the current request. */
@Component
public class AccessScopes {

    /** The current user's scope; throws when nobody is signed in, so that no caller reads without a scope. */
    public AccessScope current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ScopedPrincipal principal) {
            return principal.scope();
        }
        throw new AuthenticationCredentialsNotFoundException("no signed-in Doorstep user");
    }
}
