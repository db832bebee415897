package org.doorstep.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void countsUnderFiveAreSuppressedWithNullValueAndDisplay() {
        assertThat(SuppressedCount.of(4)).isEqualTo(new SuppressedCount(null, true, "<5"));
        assertThat(SuppressedCount.of(0).suppressed()).isTrue();
        assertThat(SuppressedCount.of(5)).isEqualTo(new SuppressedCount(5L, false, "5"));
    }

    @Test
    void aLoneSmallPartOfAShownTotalTakesTheSmallestOtherPartWithIt() {
        List<Long> parts = List.of(3L, 20L, 7L, 50L);
        long total = parts.stream().mapToLong(Long::longValue).sum();
        List<SuppressedCount> cells = Suppression.partsOf(total, parts);
        // Without the second suppression, 3 = total - 20 - 7 - 50.
        assertThat(cells).extracting(SuppressedCount::suppressed).containsExactly(true, false, true, false);
        assertThat(cells.get(1).value()).isEqualTo(20L);
    }

    @Test
    void twoSmallPartsNeedNoMore() {
        List<SuppressedCount> cells = Suppression.partsOf(32, List.of(1L, 20L, 2L, 9L));
        assertThat(cells).extracting(SuppressedCount::suppressed).containsExactly(true, false, true, false);
    }

    @Test
    void aSmallTotalHidesEverything() {
        List<SuppressedCount> cells = Suppression.partsOf(4, List.of(1L, 3L, 0L));
        assertThat(cells).allMatch(SuppressedCount::suppressed);
    }

    @Test
    void allShownWhenNoneIsSmall() {
        List<SuppressedCount> cells = Suppression.partsOf(30, List.of(10L, 20L));
        assertThat(cells).extracting(SuppressedCount::value).containsExactly(10L, 20L);
    }
}
