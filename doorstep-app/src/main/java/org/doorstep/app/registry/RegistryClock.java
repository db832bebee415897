package org.doorstep.app.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Today's date for ages and age bands, in China Standard Time (every Chinese city keeps it), from the application's
 * {@link Clock} where there is one (tests fix it) or else the system clock.
 */
@Component
class RegistryClock {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    RegistryClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }
}
