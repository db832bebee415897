package org.doorstep.app.account;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a {@link DoorstepPrincipal} from {@code app_user} and its grants from {@code user_scope}. */
@Component
class DoorstepUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    DoorstepUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public DoorstepPrincipal loadUserByUsername(String username) {
        return findPrincipal(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /**
     * The principal of an enabled account, without its password hash: what a bearer token or an existing session
     * stands for on each request, so that a disabled account or a revoked grant takes effect at once.
     */
    @Transactional(readOnly = true)
    public Optional<DoorstepPrincipal> findSignedIn(String username) {
        Optional<DoorstepPrincipal> principal = findPrincipal(username).filter(DoorstepPrincipal::isEnabled);
        principal.ifPresent(DoorstepPrincipal::eraseCredentials);
        return principal;
    }

    private Optional<DoorstepPrincipal> findPrincipal(String username) {
        return accounts.findByUsername(username)
                .map(row -> new DoorstepPrincipal(row, Grants.of(accounts.grantsOf(row.id())), clock.instant()));
    }
}
