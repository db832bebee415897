package org.doorstep.app.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account as administrators and other modules see it: never its password hash.
 *
 * @param lockedUntil the end of the last lock after too many failed logins; null if never locked, and may lie in the
 *     past, when the account is usable again
 */
public record AccountView(
        long id,
        String username,
        Role role,
        String displayName,
        boolean enabled,
        @Nullable Instant lockedUntil,
        Grants grants) {}
