package org.doorstep.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests that move time: system time plus an offset that {@link #advance} grows. Put it in
 * the context with {@code @Import(TestClock.class)} and inject it; it replaces the application's {@link Clock} bean.
 * Tests that advance it call {@link #reset} afterwards, since the context, and so the clock, is shared.
 */
@TestComponent
@Primary
public final class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock forward (or back, for a negative duration). */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Back to system time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
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
