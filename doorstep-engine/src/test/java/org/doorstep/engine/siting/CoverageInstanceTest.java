package org.doorstep.engine.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoverageInstanceTest {

    private static final double[] NO_AREA = {Double.NaN, Double.NaN};

    @Test
    void refusesUnsortedCoverLists() {
        assertThatThrownBy(() -> CoverageInstance.builder(new double[] {1, 1})
                        .candidates(new double[] {1, 1}, NO_AREA, new int[] {0, 2, 2}, new int[] {1, 0})
                        .build())
                .hasMessageContaining("candidate 0")
                .hasMessageContaining("strictly ascending");
    }

    @Test
    void refusesPointsOutOfRange() {
        assertThatThrownBy(() -> CoverageInstance.builder(new double[] {1})
                        .candidates(new double[] {1, 1}, NO_AREA, new int[] {0, 1, 2}, new int[] {0, 3})
                        .build())
                .hasMessageContaining("candidate 1 covers point 3");
    }

    @Test
    void refusesNegativeWeightsAndMismatchedLengths() {
        assertThatThrownBy(() -> CoverageInstance.builder(new double[] {1, -2}).build())
                .hasMessageContaining("base weight [1]");
        assertThatThrownBy(() -> CoverageInstance.builder(new double[] {1})
                        .extraWeight(new double[] {1, 2})
                        .build())
                .hasMessageContaining("extra weight has 2 entries, expected 1");
    }

    @Test
    void transposesTheCoverLists() {
        CoverageInstance instance = Instances.of(new double[] {1, 1, 1}, new int[] {0, 2}, new int[] {2});
        assertThat(instance.firstCoverer(2)).isEqualTo(1);
        assertThat(instance.covererAt(1)).isZero();
        assertThat(instance.covererAt(2)).isEqualTo(1);
        assertThat(instance.totalWeight()).isEqualTo(3);
    }
}
