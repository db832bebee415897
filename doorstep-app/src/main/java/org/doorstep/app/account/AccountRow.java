package org.doorstep.app.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An {@code app_user} row, password hash included: stays inside this package. */
record AccountRow(
        long id,
        String username,
        String passwordHash,
        Role role,
        String displayName,
        boolean enabled,
        @Nullable Instant lockedUntil) {

    AccountView view(Grants grants) {
        return new AccountView(id, username, role, displayName, enabled, lockedUntil, grants);
    }
}
