package org.doorstep.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A fixed clock, so that ages and audit times follow from the test data: 2025-06-15 10:00 in China. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final Instant NOW = Instant.parse("2025-06-15T02:00:00Z");

    /** Today in China Standard Time at {@link #NOW}. */
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneId.of("Asia/Shanghai"));

    @Bean
    @Primary
    Clock testClock() {
        return Clock.fixed(NOW, ZoneId.of("UTC"));
    }
}
