package org.doorstep.engine.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MaximalCoveringLocationTest {

    private static final ExactLimits LIMITS = new ExactLimits(100, 10_000, 30);

    @Test
    void ranksSitesByMarginalGainWithWhatEachNewlyCovers() {
        SitingResult result = MaximalCoveringLocation.solve(LazyGreedyCoverageTest.TRAP, SitingQuery.sites(2), LIMITS);
        // {1, 2} cover 3 each and share nothing: equal gains rank the lower id first.
        assertThat(result.sites()).containsExactly(1, 2);
        assertThat(result.marginalGain(0)).isEqualTo(3);
        assertThat(result.marginalGain(1)).isEqualTo(3);
        assertThat(result.newlyCovered(0)).containsExactly(0, 1, 2);
        assertThat(result.newlyCovered(1)).containsExactly(3, 4, 5);
        assertThat(result.coveredWeight()).isEqualTo(6);
        assertThat(result.cost()).isEqualTo(2);
        assertThat(result.greedyWeight()).isEqualTo(5);
        assertThat(result.heuristicWeight()).isEqualTo(6);
        assertThat(result.provedOptimal()).isTrue();
        assertThat(result.gap()).isZero();
    }

    @Test
    void marginalGainCountsOnlyPointsNotCoveredByHigherRanks() {
        // Weights 3, 2, 2: site 0 covers p0, p1 (5); site 1 covers p1, p2 (4, but only p2 is new: 2).
        CoverageInstance instance = Instances.of(new double[] {3, 2, 2}, new int[] {0, 1}, new int[] {1, 2});
        SitingResult result = MaximalCoveringLocation.solve(instance, SitingQuery.sites(2), ExactLimits.SKIP);
        assertThat(result.sites()).containsExactly(0, 1);
        assertThat(result.marginalGain(1)).isEqualTo(2);
        assertThat(result.newlyCovered(1)).containsExactly(2);
        assertThat(result.exact()).isEmpty();
        assertThat(result.gap()).isNaN();
    }

    @Test
    void exactEqualsBruteForceAndHeuristicKeepsTheGuarantee() {
        for (long seed = 1; seed <= 20; seed++) {
            int candidates = 12 + (int) (seed % 4);
            CoverageInstance instance = Instances.random(seed, 60, candidates, 0.15);
            SitingQuery query = SitingQuery.sites(3);
            assertMatchesBruteForce(instance, query, seed);
        }
    }

    @Test
    void budgetedExactEqualsBruteForce() {
        for (long seed = 101; seed <= 115; seed++) {
            CoverageInstance instance = Instances.random(seed, 50, 13, 0.18);
            assertMatchesBruteForce(instance, SitingQuery.budget(12), seed);
        }
    }

    @Test
    void areaFilteredExactEqualsBruteForce() {
        for (long seed = 201; seed <= 210; seed++) {
            CoverageInstance instance = Instances.random(seed, 50, 14, 0.18);
            assertMatchesBruteForce(instance, SitingQuery.sites(3).withMinFloorArea_m2(600), seed);
        }
    }

    private static void assertMatchesBruteForce(CoverageInstance instance, SitingQuery query, long seed) {
        double optimum = Instances.bruteForceOptimum(instance, query);
        SitingResult result = MaximalCoveringLocation.solve(instance, query, LIMITS);
        ExactSolution exact = result.exact().orElseThrow();
        assertThat(exact.optimal()).as("seed %d", seed).isTrue();
        assertThat(exact.coveredWeight()).as("seed %d", seed).isEqualTo(optimum);
        assertThat(Instances.fits(instance, query, exact.sites())).isTrue();
        assertThat(Instances.fits(instance, query, result.sites())).isTrue();
        assertThat(result.coveredWeight()).as("seed %d", seed).isEqualTo(optimum);
        double factor = query.budgeted() ? (1 - 1 / Math.E) / 2 : 1 - 1 / Math.E;
        assertThat(result.heuristicWeight()).as("seed %d", seed).isGreaterThanOrEqualTo(factor * optimum);
        double expectedGap = optimum == 0 ? 0 : (optimum - result.heuristicWeight()) / optimum;
        assertThat(result.gap()).as("seed %d", seed).isCloseTo(expectedGap, within(1e-9));
    }

    @Test
    void sameInputGivesTheSameSites() {
        CoverageInstance instance = Instances.random(7, 200, 40, 0.08);
        SitingResult first = MaximalCoveringLocation.solve(instance, SitingQuery.sites(5), LIMITS);
        SitingResult second = MaximalCoveringLocation.solve(instance, SitingQuery.sites(5), LIMITS);
        assertThat(second.sites()).containsExactly(first.sites());
    }
}
