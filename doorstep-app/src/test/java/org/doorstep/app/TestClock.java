package org.doorstep.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: it stands at {@link #NOW} (so that ages and audit times follow from the test data)
 * plus an offset that {@link #advance} grows. Put it in the context with {@code @Import(TestClock.class)} and inject
 * it; it replaces the application's {@link Clock} bean. Tests that advance it call {@link #reset} afterwards, since the
 * context, and so the clock, is shared.
 */
@TestComponent
@Primary
public final class TestClock extends Clock {

    /** Where the clock stands until advanced: 2025-06-15 10:00 in China. */
    public static final Instant NOW = Instant.parse("2025-06-15T02:00:00Z");

    /** Today in China Standard Time at {@link #NOW}. */
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneId.of("Asia/Shanghai"));

    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock forward (or back, for a negative duration). */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Back to {@link #NOW}. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return NOW.plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock stays in UTC, like the application's");
    }
}
