package org.doorstep.app.account;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code doorstep.security.*} settings: how many consecutive failed logins lock an account, for how long, and how
 * long an API token lives, and how long a signed-in user's account and grants may be reused between requests
 * before they are read again (changes made through this server take effect at once; see {@link SignedInUsers}).
 */
@Validated
@ConfigurationProperties("doorstep.security")
record SecurityProperties(
        @DefaultValue("5") @Positive int maxFailedLogins,
        @DefaultValue("15") @Positive int lockMinutes,
        @DefaultValue("12") @Positive int apiTokenHours,
        @DefaultValue("10") @PositiveOrZero int signedInSeconds) {

    Duration lockTime() {
        return Duration.ofMinutes(lockMinutes);
    }

    Duration apiTokenLifetime() {
        return Duration.ofHours(apiTokenHours);
    }

    Duration signedInCacheTime() {
        return Duration.ofSeconds(signedInSeconds);
    }
}
