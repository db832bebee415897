package org.doorstep.app.account;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** A login refused because the account is locked after too many failed logins, whatever the password. */
class AccountLockedException extends LockedException {

    private final Instant lockedUntil;

    AccountLockedException(Instant lockedUntil) {
        super("account locked until " + lockedUntil + " after too many failed logins");
        this.lockedUntil = lockedUntil;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
