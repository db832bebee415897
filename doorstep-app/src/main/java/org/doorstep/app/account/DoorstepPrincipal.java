package org.doorstep.app.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in Doorstep user: Spring Security's {@link UserDetails} (authority {@code ROLE_<role>}) and the
 * {@link ScopedPrincipal} that {@link AccessScopes} reads. The password hash is there only while the password is
 * checked, then erased.
 */
final class DoorstepPrincipal implements UserDetails, ScopedPrincipal, CredentialsContainer {

    private final long userId;
    private final String username;
    private final Role role;
    private final String displayName;
    private final Grants grants;
    private final boolean enabled;
    private final @Nullable Instant lockedUntil;
    private @Nullable String passwordHash;

    DoorstepPrincipal(AccountRow row, Grants grants, Instant now) {
        this.userId = row.id();
        this.username = row.username();
        this.role = row.role();
        this.displayName = row.displayName();
        this.grants = grants;
        this.enabled = row.enabled();
        this.lockedUntil = row.lockedUntil() != null && row.lockedUntil().isAfter(now) ? row.lockedUntil() : null;
        this.passwordHash = row.passwordHash();
    }

    long userId() {
        return userId;
    }

    Role role() {
        return role;
    }

    String displayName() {
        return displayName;
    }

    Grants grants() {
        return grants;
    }

    /** The end of the lock in force when this principal was loaded, or null if it was not locked. */
    @Nullable
    Instant lockedUntil() {
        return lockedUntil;
    }

    @Override
    public AccessScope scope() {
        return grants.scopeFor(userId, username, role);
    }

    /** An authenticated token for this principal, as put in the security context. */
    Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null, getAuthorities());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    // Equal by username, as Spring's own User is, so that session registries see one user.
    @Override
    public boolean equals(Object other) {
        return other instanceof DoorstepPrincipal that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "DoorstepPrincipal[" + username + ", " + role + "]";
    }
}
