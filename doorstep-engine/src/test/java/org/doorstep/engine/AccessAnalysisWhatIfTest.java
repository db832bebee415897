package org.doorstep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doorstep.engine.TestCity.BLOCK;

import java.util.Arrays;
import java.util.Random;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.access.WhatIf;
import org.doorstep.engine.access.WhatIfChange;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.graph.GeoDistance;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.population.Population;
import org.doorstep.engine.population.PopulationEstimator;
import org.junit.jupiter.api.Test;

/** Random sequences of open, close and move: after each change the session equals a full analysis of the changed city. */
class AccessAnalysisWhatIfTest {

    private static final ServiceCategory[] CATEGORIES = {ServiceCategory.SHOPPING, ServiceCategory.ELDERLY_CARE};
    private static final WalkProfile[] PROFILES = {
        WalkProfile.GENERAL, WalkProfile.ELDERLY, new WalkProfile("odd", 1.37, 2.2)
    };
    private static final AccessOptions OPTIONS = AccessOptions.defaults().withThresholds_min(2, 4, 6);
    private static final WalkProfile ONE_MPS = new WalkProfile("test", 1.0, 2.0);
    private static final double METRES_PER_E7 = GeoDistance.EARTH_RADIUS_M * Math.PI / 180 / 1e7;

    /**
     * A straight street on the equator, 100 m blocks walked at 1 m/s (1 mm = 1 ms); a shop on node {@code shopAt}:
     * <pre>
     *   0 ------ 1 ------ 2 ------ 3 ------ 4
     * </pre>
     */
    private static TestCity street(int shopAt) {
        TestCity city = new TestCity();
        for (int i = 0; i < 5; i++) {
            city.node(i * BLOCK, 0);
        }
        for (int i = 0; i < 4; i++) {
            city.edge(i, i + 1, 0);
        }
        city.facility(ServiceCategory.SHOPPING, shopAt * BLOCK, 0, 1);
        return city;
    }

    private static WhatIf session(TestCity city) {
        CityData data = city.build();
        CityNetwork network = CityNetwork.build(data, new NetworkOptions(300, 1));
        return AccessAnalysis.whatIf(
                network,
                PopulationEstimator.CHINA_URBAN_2020.estimate(data.buildings()),
                ONE_MPS,
                ServiceCategory.SHOPPING,
                AccessOptions.defaults());
    }

    @Test
    void closingTheOnlyFacilityLeavesEveryBuildingUnreachable() {
        TestCity city = street(2);
        int b0 = city.building(0, 0);
        int b1 = city.building(4 * BLOCK, 0);
        WhatIf session = session(city);
        long block = city.graph.build().edgeLength_mm(0);

        WhatIfChange change = session.closeFacility(0);

        assertThat(change.changedCount()).isEqualTo(2);
        assertThat(new int[] {change.changedBuilding(0), change.changedBuilding(1)})
                .containsExactly(b0, b1);
        assertThat(change.oldTime_ms(0)).isEqualTo(2 * block);
        assertThat(new int[] {change.newTime_ms(0), change.newFacility(0), change.newTime_ms(1), change.newFacility(1)})
                .containsExactly(Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1);
        assertThat(new int[] {session.countWithin(2, b0), session.countWithin(2, b1)})
                .containsExactly(0, 0);
        assertThat(change.buildingShareWithin(2)).isZero();
        assertThat(change.demandShareWithin(2)).isZero();
        assertThat(session.isOpen(0)).isFalse();
        assertThatThrownBy(() -> session.closeFacility(0)).hasMessageContaining("facility 0 is not open");
    }

    /** A building 20 m north of the first block's middle; the shop opens on the street just south of it. */
    @Test
    void openingBesideABuildingWalksStraightAlongItsEdge() {
        TestCity city = street(4);
        int b = city.building(BLOCK / 2, 1800);
        WhatIf session = session(city);
        long walk_ms = Math.round(1800 * METRES_PER_E7 * 1000);
        assertThat(new int[] {session.countWithin(0, b), session.countWithin(1, b)})
                .as("3.5 blocks and 20 m from the old shop: beyond 5 minutes, within 10")
                .containsExactly(0, 1);

        WhatIfChange change = session.openFacility(BLOCK / 2, 0);

        assertThat(change.facility()).as("after every facility of the city").isEqualTo(1);
        assertThat(change.changedCount()).isEqualTo(1);
        assertThat(change.newTime_ms(0))
                .as("neither end of the block is nearer than 50 m")
                .isEqualTo(walk_ms);
        assertThat(session.nearestFacility(b)).isEqualTo(1);
        assertThat(new int[] {session.countWithin(0, b), session.countWithin(1, b)})
                .containsExactly(1, 2);
        assertThat(change.buildingShareWithin(0)).isEqualTo(1.0);
    }

    /** A building on node 2, two blocks from the shop on node 0 and from one opened on node 4. */
    @Test
    void equalTimesGoToTheLowerIdAndAMovedFacilityKeepsItsId() {
        TestCity city = street(0);
        int b = city.building(2 * BLOCK, 0);
        WhatIf session = session(city);
        long twoBlocks = 2 * city.graph.build().edgeLength_mm(0);

        WhatIfChange opened = session.openFacility(4 * BLOCK, 0);

        assertThat(opened.changedCount()).as("a tie keeps the older shop").isZero();
        assertThat(session.nearestFacility(b)).isZero();
        assertThat(session.countWithin(0, b)).isEqualTo(2);

        WhatIfChange away = session.moveFacility(0, 0, 10_000_000);

        assertThat(away.changedCount()).isEqualTo(1);
        assertThat(new int[] {away.oldFacility(0), away.newFacility(0)}).containsExactly(0, 1);
        assertThat(away.newTime_ms(0)).isEqualTo(twoBlocks);
        assertThat(session.countWithin(0, b)).as("the moved shop is unsnapped").isEqualTo(1);

        WhatIfChange back = session.moveFacility(0, 0, 0);

        assertThat(back.facility()).isZero();
        assertThat(new int[] {back.oldFacility(0), back.newFacility(0)})
                .as("moved last, but the lower id wins the tie")
                .containsExactly(1, 0);
        assertThat(session.countWithin(0, b)).isEqualTo(2);
    }

    @Test
    void everyChangeEqualsAFullRunOfTheChangedCity() {
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            CityData city = RandomCity.city(random, CATEGORIES);
            NetworkOptions networkOptions = new NetworkOptions(40 + random.nextInt(120), 1 + random.nextInt(5));
            Population population =
                    RandomCity.population(random, city.buildings().size());
            WalkProfile profile = PROFILES[random.nextInt(PROFILES.length)];
            ServiceCategory category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            WhatIf session = AccessAnalysis.whatIf(
                    CityNetwork.build(city, networkOptions), population, profile, category, OPTIONS);
            FacilityTable table = new FacilityTable(city);
            CategoryAccess before = fullRun(table, networkOptions, population, profile, category);
            String where = "seed " + seed;
            check(where + " start", session, before);
            for (int step = 0; step < 15; step++) {
                WhatIfChange change = randomChange(random, session, table, city, category);
                CategoryAccess after = fullRun(table, networkOptions, population, profile, category);
                String at = where + " step " + step + " " + change.kind() + " " + change.facility();
                check(at, session, after);
                checkChange(at, change, before, after);
                before = after;
            }
        }
    }

    private static WhatIfChange randomChange(
            Random random, WhatIf session, FacilityTable table, CityData city, ServiceCategory category) {
        int[] open = openFacilities(session);
        int kind = open.length == 0 ? 0 : random.nextInt(3);
        int[] point = RandomCity.point(random, city);
        if (kind == 0) {
            int id = table.open(category, point[0], point[1]);
            WhatIfChange change = session.openFacility(point[0], point[1]);
            assertThat(change.facility()).isEqualTo(id);
            return change;
        }
        int f = open[random.nextInt(open.length)];
        if (kind == 1) {
            table.close(f);
            return session.closeFacility(f);
        }
        table.move(f, point[0], point[1]);
        return session.moveFacility(f, point[0], point[1]);
    }

    private static int[] openFacilities(WhatIf session) {
        int[] ids = new int[session.facilityCount()];
        int n = 0;
        for (int f = 0; f < ids.length; f++) {
            if (session.isOpen(f)) {
                ids[n++] = f;
            }
        }
        return Arrays.copyOf(ids, n);
    }

    private static CategoryAccess fullRun(
            FacilityTable table,
            NetworkOptions networkOptions,
            Population population,
            WalkProfile profile,
            ServiceCategory category) {
        CityNetwork network = CityNetwork.build(table.build(), networkOptions);
        return AccessAnalysis.run(network, population, profile, OPTIONS.withCategories(category))
                .category(category);
    }

    private static void check(String where, WhatIf session, CategoryAccess full) {
        assertThat(openFacilities(session)).as(where).containsExactly(full.facilityIds());
        for (int b = 0; b < full.buildingCount(); b++) {
            assertThat(session.nearestTime_ms(b)).as("%s building %d", where, b).isEqualTo(full.nearestTime_ms(b));
            assertThat(session.nearestFacility(b))
                    .as("%s building %d", where, b)
                    .isEqualTo(full.nearestFacility(b));
            for (int t = 0; t < 3; t++) {
                assertThat(session.countWithin(t, b))
                        .as("%s building %d threshold %d", where, b, t)
                        .isEqualTo(full.countWithin(t, b));
            }
        }
        for (int t = 0; t < 3; t++) {
            assertThat(session.buildingShareWithin(t)).as(where).isEqualTo(full.buildingShareWithin(t));
            assertThat(session.demandShareWithin(t)).as(where).isEqualTo(full.demandShareWithin(t));
        }
    }

    /** The change lists exactly the buildings whose nearest time or facility differs between the two full runs. */
    private static void checkChange(String where, WhatIfChange change, CategoryAccess before, CategoryAccess after) {
        int i = 0;
        for (int b = 0; b < after.buildingCount(); b++) {
            if (before.nearestTime_ms(b) != after.nearestTime_ms(b)
                    || before.nearestFacility(b) != after.nearestFacility(b)) {
                assertThat(i).as("%s: more changes than listed", where).isLessThan(change.changedCount());
                assertThat(change.changedBuilding(i)).as(where).isEqualTo(b);
                assertThat(new int[] {
                            change.oldTime_ms(i), change.oldFacility(i), change.newTime_ms(i), change.newFacility(i)
                        })
                        .as("%s building %d", where, b)
                        .containsExactly(
                                before.nearestTime_ms(b),
                                before.nearestFacility(b),
                                after.nearestTime_ms(b),
                                after.nearestFacility(b));
                i++;
            }
        }
        assertThat(change.changedCount()).as(where).isEqualTo(i);
        for (int t = 0; t < 3; t++) {
            assertThat(change.buildingShareWithin(t)).as(where).isEqualTo(after.buildingShareWithin(t));
            assertThat(change.demandShareWithin(t)).as(where).isEqualTo(after.demandShareWithin(t));
        }
    }
}
