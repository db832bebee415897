package org.doorstep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShortLivedCopiesTest {

    private final TestClock clock = new TestClock();
    private final ChangeGeneration changes = new ChangeGeneration();
    private final AtomicInteger loads = new AtomicInteger();

    private ShortLivedCopies<String, String> copies(Duration timeToLive, int maxEntries) {
        return new ShortLivedCopies<>(changes, clock, timeToLive, maxEntries);
    }

    private Optional<String> load(String value) {
        loads.incrementAndGet();
        return Optional.ofNullable(value);
    }

    @Test
    void aCopyServesUntilItsTimeRunsOutOrAChangeIsMade() {
        ShortLivedCopies<String, String> copies = copies(Duration.ofSeconds(2), 10);

        copies.get("a", () -> load("first"));
        clock.advance(Duration.ofMillis(999));
        Optional<String> kept = copies.get("a", () -> load("second"));
        clock.advance(Duration.ofMillis(1_001));
        Optional<String> afterTime = copies.get("a", () -> load("third"));
        changes.changed();
        Optional<String> afterChange = copies.get("a", () -> load("fourth"));

        assertThat(kept).contains("first");
        assertThat(afterTime).contains("third");
        assertThat(afterChange).contains("fourth");
        assertThat(loads).hasValue(3);
    }

    @Test
    void copiesMadeTogetherRunOutAtDifferentTimesWithinTheirTimeToLive() {
        ShortLivedCopies<Long, String> copies = new ShortLivedCopies<>(changes, clock, Duration.ofSeconds(2), 1_000);
        int keys = 200;
        for (long key = 1; key <= keys; key++) {
            copies.get(key, () -> load("copy"));
        }

        int beforeHalf = reloadedAfter(copies, keys, Duration.ofMillis(999));
        int byThreeQuarters = reloadedAfter(copies, keys, Duration.ofMillis(501));
        int byTheEnd = reloadedAfter(copies, keys, Duration.ofMillis(500));

        assertThat(beforeHalf).as("none runs out before half its time").isZero();
        assertThat(byThreeQuarters).as("some, not all, by three quarters").isBetween(keys / 4, keys * 3 / 4);
        assertThat(byTheEnd).as("the others by the end").isEqualTo(keys - byThreeQuarters);
    }

    /** How many of the keys are loaded again when asked for after the clock moves on. */
    private int reloadedAfter(ShortLivedCopies<Long, String> copies, int keys, Duration later) {
        clock.advance(later);
        loads.set(0);
        for (long key = 1; key <= keys; key++) {
            copies.get(key, () -> load("again"));
        }
        return loads.get();
    }

    @Test
    void whatWasNotFoundIsLoadedAgainAndNoTimeToLiveKeepsNothing() {
        ShortLivedCopies<String, String> copies = copies(Duration.ofSeconds(2), 10);
        ShortLivedCopies<String, String> none = copies(Duration.ZERO, 10);

        copies.get("missing", () -> load(null));
        copies.get("missing", () -> load(null));
        none.get("a", () -> load("x"));
        none.get("a", () -> load("x"));

        assertThat(loads).hasValue(4);
    }

    @Test
    void aCopyNeverOutlivesWhatItCopiesAndAFullCacheStartsAgain() {
        ShortLivedCopies<String, String> copies = copies(Duration.ofMinutes(1), 2);
        copies.get("expiring", () -> load("token"), value -> clock.instant().plusSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        Optional<String> expired = copies.get("expiring", () -> load("renewed"));
        copies.get("b", () -> load("b"));
        copies.get("c", () -> load("c"));
        int before = loads.get();

        Optional<String> b = copies.get("b", () -> load("b again"));

        assertThat(expired).contains("renewed");
        assertThat(b).contains("b again");
        assertThat(loads).hasValue(before + 1);
    }
}
