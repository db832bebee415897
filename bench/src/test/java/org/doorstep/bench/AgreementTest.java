package org.doorstep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final int NONE = Agreement.NONE;

    @Test
    void comparesOnlyBuildingsReachedByBothAndCountsTheRest() {
        int[][] first = {{1_000, 2_000, NONE, 5_000}, {0, 100_000}};
        int[][] second = {{1_500, NONE, 3_000, 65_000}, {0, 1_000}};
        Agreement agreement = Agreement.of(first, second, 60_000);

        // differences of the four compared pairs: 500, 60,000, 0 and 99,000, sorted 0, 500, 60,000, 99,000
        assertThat(agreement.compared()).isEqualTo(4);
        assertThat(agreement.onlyFirst()).isEqualTo(1);
        assertThat(agreement.onlySecond()).isEqualTo(1);
        assertThat(agreement.medianDiff_ms()).isEqualTo(500); // lower middle of four
        assertThat(agreement.p95Diff_ms()).isEqualTo(99_000); // rank ceil(0.95 * 4) = 4
        assertThat(agreement.withinShare()).isEqualTo(3 / 4.0); // 60,000 is within 60 s
    }

    @Test
    void reportsNothingComparedWithoutCommonBuildings() {
        Agreement agreement = Agreement.of(new int[][] {{NONE}}, new int[][] {{7}}, 60_000);
        assertThat(agreement.compared()).isZero();
        assertThat(agreement.onlySecond()).isEqualTo(1);
    }
}
