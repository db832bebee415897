package org.doorstep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.doorstep.engine.access.PointReach;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.siting.SitingQuery;
import org.doorstep.engine.siting.SitingResult;
import org.junit.jupiter.api.Test;

/**
 * Site selection over candidate points: choosing every candidate covers exactly the uncovered weight of the union of
 * what the points reach within the time, and each site's gain is the uncovered weight it reaches first.
 */
class SiteSelectionTest {

    @Test
    void everyCandidateTogetherCoversTheUncoveredWeightOfWhatTheyReach() {
        for (long seed = 1; seed <= 10; seed++) {
            Random random = new Random(seed);
            CityData city = RandomCity.city(random, new ServiceCategory[] {ServiceCategory.SHOPPING});
            CityNetwork network = CityNetwork.build(city, NetworkOptions.DEFAULTS);
            int n = 5;
            int[] lon = new int[n];
            int[] lat = new int[n];
            for (int p = 0; p < n; p++) {
                int[] point = RandomCity.point(random, city);
                lon[p] = point[0];
                lat[p] = point[1];
            }
            int within_ms = 60_000 + random.nextInt(240_000);
            PointReach reach = AccessAnalysis.pointReach(network, WalkProfile.GENERAL, lon, lat, within_ms);
            int buildings = city.buildings().size();
            double[] weight = new double[buildings];
            boolean[] covered = new boolean[buildings];
            for (int b = 0; b < buildings; b++) {
                weight[b] = 1 + random.nextInt(9);
                covered[b] = random.nextInt(4) == 0;
            }
            double[] cost = new double[n];
            Arrays.fill(cost, 1);
            double[] area = new double[n];
            Arrays.fill(area, Double.NaN);

            SitingResult result =
                    SiteSelection.select(reach, within_ms, weight, null, covered, cost, area, SitingQuery.sites(n));

            boolean[] reached = new boolean[buildings];
            for (int p = 0; p < n; p++) {
                for (int b : reach.coveredBuildings(p, within_ms)) {
                    reached[b] = true;
                }
            }
            double expected = 0;
            for (int b = 0; b < buildings; b++) {
                expected += reached[b] && !covered[b] ? weight[b] : 0;
            }
            assertThat(result.coveredWeight()).as("seed " + seed).isCloseTo(expected, within(1e-9));
            boolean[] seen = covered.clone();
            for (int rank = 0; rank < result.siteCount(); rank++) {
                double gain = 0;
                for (int b : reach.coveredBuildings(result.site(rank), within_ms)) {
                    gain += seen[b] ? 0 : weight[b];
                    seen[b] = true;
                }
                assertThat(result.marginalGain(rank))
                        .as("seed " + seed + " rank " + rank)
                        .isCloseTo(gain, within(1e-9));
            }
        }
    }
}
