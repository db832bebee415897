package org.doorstep.app;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock: system time in UTC. Code that decides by the time (account locks, token expiry) takes this
 * bean instead of calling {@code Instant.now()}, so that tests can replace it with a {@code @Primary} clock they move.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
