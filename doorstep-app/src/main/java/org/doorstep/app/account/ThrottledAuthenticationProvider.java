package org.doorstep.app.account;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password login (the form and {@code POST /api/auth/token}) with a lock after repeated failures.
 *
 * <p>Spring's {@link DaoAuthenticationProvider} does the checking: it hashes the password against a dummy hash when
 * the username is unknown, so that timing does not tell, and answers an unknown user exactly as a wrong password
 * ("Bad credentials"). On top of it: a locked account is refused before its password is looked at, so that guessing
 * during the lock learns nothing; a disabled account is refused only after its password proved right, so that it
 * tells a stranger nothing; each wrong password is counted, and the one that reaches the limit answers with the lock.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAttempts attempts;

    ThrottledAuthenticationProvider(
            DoorstepUserDetailsService users, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        super(users);
        this.attempts = attempts;
        setPasswordEncoder(passwordEncoder);
        setPreAuthenticationChecks(ThrottledAuthenticationProvider::refuseLocked);
        setPostAuthenticationChecks(ThrottledAuthenticationProvider::refuseDisabled);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        try {
            Authentication result = super.authenticate(authentication);
            attempts.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            Optional<Instant> lockedUntil = attempts.failed(username);
            if (lockedUntil.isPresent()) {
                throw new AccountLockedException(lockedUntil.get());
            }
            throw e;
        }
    }

    private static void refuseLocked(UserDetails user) {
        @Nullable Instant lockedUntil = user instanceof DoorstepPrincipal principal ? principal.lockedUntil() : null;
        if (lockedUntil != null) {
            throw new AccountLockedException(lockedUntil);
        }
    }

    private static void refuseDisabled(UserDetails user) {
        if (!user.isEnabled()) {
            throw new DisabledException("account disabled");
        }
    }
}
