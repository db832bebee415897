package org.doorstep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.population.Population;
import org.junit.jupiter.api.Test;

/**
 * Seeded random cities: the engine's nearest times and facilities, threshold counts and 2SFCA/E2SFCA ratios must equal
 * those of a plain Dijkstra per facility on the explicitly expanded graph ({@link ExpandedGraphReference}).
 */
class RandomizedAccessTest {

    private static final ServiceCategory[] CATEGORIES = {ServiceCategory.SHOPPING, ServiceCategory.ELDERLY_CARE};
    private static final WalkProfile[] PROFILES = {
        WalkProfile.GENERAL, WalkProfile.ELDERLY, new WalkProfile("odd", 1.37, 2.2)
    };
    private static final int[] THRESHOLDS_MIN = {2, 4, 6};
    private static final int CATCHMENT_MIN = 5;

    @Test
    void matchesPlainDijkstraOnTheExpandedGraph() {
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            CityData city = RandomCity.city(random, CATEGORIES);
            CityNetwork network =
                    CityNetwork.build(city, new NetworkOptions(40 + random.nextInt(120), 1 + random.nextInt(5)));
            Population population =
                    RandomCity.population(random, city.buildings().size());
            AccessOptions options = AccessOptions.defaults()
                    .withThresholds_min(THRESHOLDS_MIN)
                    .withCatchment_min(CATCHMENT_MIN)
                    .withCategories(CATEGORIES);
            for (WalkProfile profile : PROFILES) {
                AccessResult result = AccessAnalysis.run(network, population, profile, options);
                ExpandedGraphReference reference = new ExpandedGraphReference(
                        network.graph(), network.buildingSnaps(), network.facilitySnaps(), profile);
                for (ServiceCategory category : CATEGORIES) {
                    String where = "seed " + seed + ", " + profile.name() + ", " + category.code();
                    check(where, result.category(category), reference, population, category);
                }
            }
        }
    }

    private static void check(
            String where,
            CategoryAccess access,
            ExpandedGraphReference reference,
            Population population,
            ServiceCategory category) {
        int[] ids = access.facilityIds();
        int buildings = access.buildingCount();
        long[][] time = new long[ids.length][];
        for (int k = 0; k < ids.length; k++) {
            time[k] = reference.timesFrom(ids[k]);
        }
        double[] demand = new double[buildings];
        for (int b = 0; b < buildings; b++) {
            demand[b] = population.demand(b, category.targetGroup());
        }
        double[][] ratios = {ratios(time, ids, demand, false), ratios(time, ids, demand, true)};
        for (int b = 0; b < buildings; b++) {
            long best = Long.MAX_VALUE;
            int nearest = -1;
            double[] accessibility = new double[2];
            for (int k = 0; k < ids.length; k++) {
                if (time[k][b] < best) { // ids ascend, so equal times keep the lower id
                    best = time[k][b];
                    nearest = ids[k];
                }
                for (int variant = 0; variant < 2; variant++) {
                    if (!Double.isNaN(ratios[variant][k])) {
                        accessibility[variant] += ratios[variant][k] * weight(time[k][b], variant == 1);
                    }
                }
            }
            assertThat((long) access.nearestTime_ms(b))
                    .as("%s building %d", where, b)
                    .isEqualTo(best == Long.MAX_VALUE ? Integer.MAX_VALUE : best);
            assertThat(access.nearestFacility(b)).as("%s building %d", where, b).isEqualTo(nearest);
            for (int t = 0; t < THRESHOLDS_MIN.length; t++) {
                int count = 0;
                for (int k = 0; k < ids.length; k++) {
                    count += time[k][b] <= THRESHOLDS_MIN[t] * 60_000L ? 1 : 0;
                }
                assertThat(access.countWithin(t, b))
                        .as("%s building %d threshold %d", where, b, t)
                        .isEqualTo(count);
            }
            assertThat(access.ratio2sfca(b)).as("%s building %d", where, b).isCloseTo(accessibility[0], within(1e-9));
            assertThat(access.ratioE2sfca(b)).as("%s building %d", where, b).isCloseTo(accessibility[1], within(1e-9));
        }
        for (int k = 0; k < ids.length; k++) {
            assertThat(access.facilityRatio(ids[k]))
                    .as("%s facility %d", where, ids[k])
                    .isEqualTo(ratios[0][k], within(1e-9));
        }
    }

    /** Step one of the (E)2SFCA, textbook: supply over the weighted demand in reach; NaN without demand. */
    private static double[] ratios(long[][] time, int[] ids, double[] demand, boolean decay) {
        double[] ratio = new double[ids.length];
        for (int k = 0; k < ids.length; k++) {
            double weighted = 0;
            for (int b = 0; b < demand.length; b++) {
                weighted += demand[b] * weight(time[k][b], decay);
            }
            ratio[k] = weighted > 0 ? (ids[k] + 1.0) / weighted : Double.NaN; // capacity = id + 1
        }
        return ratio;
    }

    /** Luo and Qi's 1.00 / 0.68 / 0.22 over the thirds of the 5-minute catchment, or 1 within it. */
    private static double weight(long time_ms, boolean decay) {
        long catchment_ms = CATCHMENT_MIN * 60_000L;
        if (time_ms > catchment_ms) {
            return 0;
        }
        if (!decay) {
            return 1;
        }
        return time_ms <= catchment_ms / 3 ? 1.00 : time_ms <= 2 * catchment_ms / 3 ? 0.68 : 0.22;
    }
}
