package org.doorstep.app.account;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code doorstep.security.*} settings: how many consecutive failed logins lock an account, for how long, and how
 * long an API token lives.
 */
@Validated
@ConfigurationProperties("doorstep.security")
record SecurityProperties(
        @DefaultValue("5") @Positive int maxFailedLogins,
        @DefaultValue("15") @Positive int lockMinutes,
        @DefaultValue("12") @Positive int apiTokenHours) {

    Duration lockTime() {
        return Duration.ofMinutes(lockMinutes);
    }

    Duration apiTokenLifetime() {
        return Duration.ofHours(apiTokenHours);
    }
}
