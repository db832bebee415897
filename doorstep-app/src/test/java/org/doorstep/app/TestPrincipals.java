package org.doorstep.app;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopedPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Signed-in users for MockMvc tests ({@code SecurityMockMvcRequestPostProcessors.authentication(...)}) until the real
 * security chain lands: an authenticated token whose principal carries an {@link AccessScope}.
 */
public final class TestPrincipals {

    private static final AtomicLong ids = new AtomicLong(1_000_000);

    private TestPrincipals() {}

    /** The principal {@code AccessScopes.current()} reads. */
    public record Principal(AccessScope scope) implements ScopedPrincipal {}

    public static Authentication signedIn(AccessScope scope) {
        return UsernamePasswordAuthenticationToken.authenticated(
                new Principal(scope), null, List.of(new SimpleGrantedAuthority("ROLE_" + scope.role())));
    }

    public static AccessScope admin() {
        return scope(Role.ADMIN, Set.of(), Set.of());
    }

    /** A user of a place-scoped role (worker, street officer, planner) granted these places. */
    public static AccessScope inPlaces(Role role, Long... placeIds) {
        return scope(role, Set.of(placeIds), Set.of());
    }

    /** An operator granted these facilities. */
    public static AccessScope operator(Long... facilityIds) {
        return scope(Role.OPERATOR, Set.of(), Set.of(facilityIds));
    }

    /** A user of a role granted some places, under a username that tests can find in the audit log. */
    public static AccessScope placeScope(String username, Role role, Long... places) {
        return AccessScope.of(ids.incrementAndGet(), username, role, Set.of(places), Set.of(), Set.of());
    }

    /** A resident granted their own households, under a given username. */
    public static AccessScope householdScope(String username, Long... households) {
        return AccessScope.of(ids.incrementAndGet(), username, Role.RESIDENT, Set.of(), Set.of(), Set.of(households));
    }

    public static AccessScope resident() {
        return scope(Role.RESIDENT, Set.of(), Set.of());
    }

    private static AccessScope scope(Role role, Set<Long> places, Set<Long> facilities) {
        long id = ids.incrementAndGet();
        return AccessScope.of(
                id, role.name().toLowerCase(java.util.Locale.ROOT) + id, role, places, facilities, Set.of());
    }
}
