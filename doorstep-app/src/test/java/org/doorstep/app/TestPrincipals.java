package org.doorstep.app;

import java.util.List;
import java.util.Set;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopedPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Signed-in users for MockMvc tests, until the real security chain lands: pass {@link #authentication(AccessScope)}
 * to {@code SecurityMockMvcRequestPostProcessors.authentication(...)}.
 */
public final class TestPrincipals {

    private TestPrincipals() {}

    /** A principal that carries its scope, as the real one will. */
    public record TestPrincipal(AccessScope scope) implements ScopedPrincipal {}

    public static Authentication authentication(AccessScope scope) {
        return new UsernamePasswordAuthenticationToken(
                new TestPrincipal(scope), null, List.of(new SimpleGrantedAuthority("ROLE_" + scope.role())));
    }

    /** A user of a role granted some places (communities, streets, districts or cities). */
    public static AccessScope placeScope(String username, Role role, Long... places) {
        return AccessScope.of(username.hashCode() & 0xffff, username, role, Set.of(places), Set.of(), Set.of());
    }

    /** A resident granted their own households. */
    public static AccessScope householdScope(String username, Long... households) {
        return AccessScope.of(
                username.hashCode() & 0xffff, username, Role.RESIDENT, Set.of(), Set.of(), Set.of(households));
    }
}
