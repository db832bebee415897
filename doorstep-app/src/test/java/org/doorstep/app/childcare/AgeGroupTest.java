package org.doorstep.app.childcare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgeGroupTest {

    private final AgeGroup toddlers = new AgeGroup("TODDLER", 12, 24, 5, 15);

    @Test
    void capacityIsCarersTimesRatioCappedByClassSize() {
        assertThat(toddlers.capacity(0)).isZero();
        assertThat(toddlers.capacity(2)).isEqualTo(2 * 5);
        assertThat(toddlers.capacity(4)).isEqualTo(15);
    }

    @Test
    void admitsFromItsFirstMonthUpToButExcludingItsLast() {
        assertThat(toddlers.admits(11)).isFalse();
        assertThat(toddlers.admits(12)).isTrue();
        assertThat(toddlers.admits(23)).isTrue();
        assertThat(toddlers.admits(24)).isFalse();
    }
}
