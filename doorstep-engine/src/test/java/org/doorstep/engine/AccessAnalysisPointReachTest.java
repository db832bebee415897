package org.doorstep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.access.PointReach;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.population.Population;
import org.junit.jupiter.api.Test;

/**
 * Candidate sites reach exactly what they would as facilities: each point is added as the only school of a copy of
 * the city, and a full analysis of that copy gives the expected times.
 */
class AccessAnalysisPointReachTest {

    private static final ServiceCategory[] CATEGORIES = {ServiceCategory.SHOPPING};
    private static final ServiceCategory PROBE = ServiceCategory.SCHOOL;
    private static final WalkProfile[] PROFILES = {WalkProfile.GENERAL, new WalkProfile("odd", 1.37, 2.2)};

    @Test
    void reachesWhatAFullAnalysisGivesThePointAsAFacility() {
        for (long seed = 1; seed <= 10; seed++) {
            Random random = new Random(seed);
            CityData city = RandomCity.city(random, CATEGORIES);
            NetworkOptions options = new NetworkOptions(40 + random.nextInt(120), 1 + random.nextInt(5));
            CityNetwork network = CityNetwork.build(city, options);
            Population population =
                    RandomCity.population(random, city.buildings().size());
            int[] lon = new int[8];
            int[] lat = new int[8];
            for (int p = 0; p < lon.length; p++) {
                int[] point = RandomCity.point(random, city);
                lon[p] = point[0];
                lat[p] = point[1];
            }
            int bound_ms = 60_000 + random.nextInt(300_000);
            for (WalkProfile profile : PROFILES) {
                PointReach reach = AccessAnalysis.pointReach(network, profile, lon, lat, bound_ms);
                assertThat(reach.pointCount()).isEqualTo(lon.length);
                for (int p = 0; p < lon.length; p++) {
                    FacilityTable table = new FacilityTable(city);
                    int probe = table.open(PROBE, lon[p], lat[p]);
                    CityNetwork withProbe = CityNetwork.build(table.build(), options);
                    CategoryAccess schools = AccessAnalysis.run(
                                    withProbe,
                                    population,
                                    profile,
                                    AccessOptions.defaults().withCategories(PROBE))
                            .category(PROBE);
                    String where = "seed " + seed + ", " + profile.name() + ", point " + p;
                    assertThat(reach.isSnapped(p))
                            .as(where)
                            .isEqualTo(withProbe.facilitySnaps().isSnapped(probe));
                    check(where, reach, p, schools, bound_ms);
                }
            }
        }
    }

    private static void check(String where, PointReach reach, int p, CategoryAccess only, int bound_ms) {
        int[] timeInRow = new int[only.buildingCount()];
        Arrays.fill(timeInRow, -1);
        for (int pair = reach.firstPair(p); pair < reach.endPair(p); pair++) {
            assertThat(timeInRow[reach.building(pair)])
                    .as("%s: building listed twice", where)
                    .isEqualTo(-1);
            timeInRow[reach.building(pair)] = reach.time_ms(pair);
        }
        int within_ms = bound_ms / 2;
        int[] expectedCovered = new int[only.buildingCount()];
        int covered = 0;
        for (int b = 0; b < only.buildingCount(); b++) {
            int expected = only.nearestTime_ms(b) <= bound_ms ? only.nearestTime_ms(b) : -1;
            assertThat(timeInRow[b]).as("%s building %d", where, b).isEqualTo(expected);
            if (only.nearestTime_ms(b) <= within_ms) {
                expectedCovered[covered++] = b;
            }
        }
        assertThat(reach.coveredBuildings(p, within_ms))
                .as(where)
                .containsExactly(Arrays.copyOf(expectedCovered, covered));
    }

    @Test
    void refusesARadiusBeyondTheBound() {
        Random random = new Random(3);
        CityNetwork network = CityNetwork.build(RandomCity.city(random, CATEGORIES), NetworkOptions.DEFAULTS);
        PointReach reach = AccessAnalysis.pointReach(
                network, WalkProfile.GENERAL, new int[] {RandomCity.LON0}, new int[] {RandomCity.LAT0}, 60_000);

        assertThatThrownBy(() -> reach.coveredBuildings(0, 60_001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("60000 ms");
    }
}
