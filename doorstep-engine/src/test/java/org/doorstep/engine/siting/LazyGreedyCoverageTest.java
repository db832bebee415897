package org.doorstep.engine.siting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LazyGreedyCoverageTest {

    /*
     * Six points of weight 1: candidate 0 covers p1..p4, candidate 1 covers p0..p2, candidate 2 covers p3..p5.
     * Greedy takes 0 (4) and then 1 (adds p0 only, ties with 2 go to the lower id): 5. The optimum {1, 2} covers 6.
     */
    static final CoverageInstance TRAP = Instances.of(
            new double[] {1, 1, 1, 1, 1, 1}, new int[] {1, 2, 3, 4}, new int[] {0, 1, 2}, new int[] {3, 4, 5});

    @Test
    void picksLargestGainFirstAndBreaksTiesToLowerId() {
        assertThat(LazyGreedyCoverage.select(TRAP, SitingQuery.sites(2))).containsExactly(0, 1);
    }

    @Test
    void stopsWhenNothingAddsWeight() {
        assertThat(LazyGreedyCoverage.select(TRAP, SitingQuery.sites(5))).containsExactly(0, 1, 2);
    }

    @Test
    void equalCandidatesGoToTheLowerId() {
        CoverageInstance twins = Instances.of(new double[] {2, 2}, new int[] {1}, new int[] {0}, new int[] {1});
        assertThat(LazyGreedyCoverage.select(twins, SitingQuery.sites(1))).containsExactly(0);
    }

    @Test
    void budgetPrefersTheBestSingleSiteWhenRatioGreedyIsStarved() {
        // Site 0 covers 10 for cost 10; site 1 covers 2 for cost 1. Ratio greedy takes 1 (ratio 2 > 1) and then
        // cannot afford 0 within 10: it covers 2, the best single affordable site covers 10.
        CoverageInstance instance = Instances.of(
                new double[] {10, 2},
                new double[] {10, 1},
                new double[] {Double.NaN, Double.NaN},
                new int[] {0},
                new int[] {1});
        assertThat(LazyGreedyCoverage.select(instance, SitingQuery.budget(10))).containsExactly(0);
        assertThat(LazyGreedyCoverage.select(instance, SitingQuery.budget(11))).containsExactly(1, 0);
    }

    @Test
    void budgetGreedyRanksByGainPerCost() {
        // gains 6, 4, 3 at costs 3, 1, 3: ratios 2, 4, 1. Budget 4 takes 1 then 0 (cost 4); 2 no longer fits.
        CoverageInstance instance = Instances.of(
                new double[] {6, 4, 3},
                new double[] {3, 1, 3},
                new double[] {Double.NaN, Double.NaN, Double.NaN},
                new int[] {0},
                new int[] {1},
                new int[] {2});
        assertThat(LazyGreedyCoverage.select(instance, SitingQuery.budget(4))).containsExactly(1, 0);
    }

    @Test
    void minimumAreaFiltersCandidates() {
        CoverageInstance instance = Instances.of(
                new double[] {5, 1}, new double[] {1, 1}, new double[] {350, 800}, new int[] {0}, new int[] {1});
        assertThat(LazyGreedyCoverage.select(instance, SitingQuery.sites(1))).containsExactly(0);
        assertThat(LazyGreedyCoverage.select(instance, SitingQuery.sites(1).withMinFloorArea_m2(600)))
                .containsExactly(1);
    }

    @Test
    void alreadyCoveredPointsWeighNothingAndExtraDemandAdds() {
        // Point 0 (weight 5) is already served; point 1 has base 1 plus 3 waitlisted: candidate 1 wins with 4.
        CoverageInstance instance = CoverageInstance.builder(new double[] {5, 1})
                .alreadyCovered(new boolean[] {true, false})
                .extraWeight(new double[] {0, 3})
                .candidates(
                        new double[] {1, 1}, new double[] {Double.NaN, Double.NaN}, new int[] {0, 1, 2}, new int[] {0, 1
                        })
                .build();
        assertThat(instance.weight(0)).isZero();
        assertThat(instance.weight(1)).isEqualTo(1 + 3);
        assertThat(LazyGreedyCoverage.select(instance, SitingQuery.sites(1))).containsExactly(1);
    }

    @Test
    void matchesPlainGreedyOnRandomInstances() {
        for (long seed = 1; seed <= 30; seed++) {
            CoverageInstance instance = Instances.random(seed, 80, 25, 0.12);
            assertThat(LazyGreedyCoverage.select(instance, SitingQuery.sites(6)))
                    .as("seed %d", seed)
                    .containsExactly(plainGreedy(instance, 6));
        }
    }

    /** Recomputes every gain at every step: the definition the lazy version must reproduce. */
    private static int[] plainGreedy(CoverageInstance instance, int k) {
        int[] chosen = new int[0];
        for (int step = 0; step < k; step++) {
            int best = -1;
            double bestGain = 0;
            double base = Instances.covered(instance, chosen);
            for (int c = 0; c < instance.candidateCount(); c++) {
                int[] with = java.util.Arrays.copyOf(chosen, chosen.length + 1);
                with[chosen.length] = c;
                double gain = Instances.covered(instance, with) - base;
                if (gain > bestGain) {
                    best = c;
                    bestGain = gain;
                }
            }
            if (best < 0) {
                break;
            }
            chosen = java.util.Arrays.copyOf(chosen, chosen.length + 1);
            chosen[chosen.length - 1] = best;
        }
        return chosen;
    }
}
