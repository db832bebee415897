package org.doorstep.app.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts consecutive failed logins in {@code app_user.failed_logins} and locks the account for
 * {@code doorstep.security.lock-minutes} when the count reaches {@code max-failed-logins}. Each step is one atomic
 * update, so parallel guesses cannot slip past the limit, and each commits on its own: the failure that follows is an
 * exception that must not roll the count back.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityProperties properties;

    LoginAttempts(JdbcClient jdbc, Clock clock, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Counts a wrong password for the username (nothing for an unknown one) and returns the end of the lock this
     * failure set off, if it did. A lock starts the count afresh, so after it the user again has the full number of
     * tries.
     */
    Optional<Instant> failed(String username) {
        jdbc.sql("update app_user set failed_logins = failed_logins + 1 where username = ?")
                .param(username)
                .update();
        Instant until = clock.instant().plus(properties.lockTime()).truncatedTo(ChronoUnit.SECONDS);
        int locked = jdbc.sql("update app_user set failed_logins = 0, locked_until = ?"
                        + " where username = ? and failed_logins >= ?")
                .params(until.atOffset(ZoneOffset.UTC), username, properties.maxFailedLogins())
                .update();
        return locked > 0 ? Optional.of(until) : Optional.empty();
    }

    /** Forgets earlier failures after a successful login. */
    void succeeded(String username) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null"
                        + " where username = ? and (failed_logins <> 0 or locked_until is not null)")
                .param(username)
                .update();
    }
}
