package org.doorstep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.doorstep.engine.TestCity.BLOCK;

import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.graph.GeoDistance;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.population.PopulationEstimator;
import org.junit.jupiter.api.Test;

class AccessAnalysisTest {

    private static final WalkProfile ONE_MPS = new WalkProfile("test", 1.0, 2.0);
    private static final double METRES_PER_E7 = GeoDistance.EARTH_RADIUS_M * Math.PI / 180 / 1e7;

    /**
     * A straight street on the equator, 100 m blocks, walked at 1 m/s (1 mm = 1 ms):
     * <pre>
     *   b0 (20 m north)
     *   |
     *   0 ------ 1 ------ 2 ------ 3 ------ 4            b2 (far away)
     *                     f0       b1       f1
     * </pre>
     */
    @Test
    void timesAlongAStraightStreetFollowFromTheBlockLength() {
        TestCity city = new TestCity();
        for (int i = 0; i < 5; i++) {
            city.node(i * BLOCK, 0);
        }
        for (int i = 0; i < 4; i++) {
            city.edge(i, i + 1, 0);
        }
        int f0 = city.facility(ServiceCategory.SHOPPING, 2 * BLOCK, 0, 1);
        city.facility(ServiceCategory.SHOPPING, 4 * BLOCK, 0, 1);
        int b0 = city.building(0, 1800);
        int b1 = city.building(3 * BLOCK, 0);
        int b2 = city.building(0, 10_000_000);
        CityData data = city.build();
        CityNetwork network = CityNetwork.build(data, new NetworkOptions(300, 1));
        long block = data.graph().edgeLength_mm(0);
        long walk0 = Math.round(1800 * METRES_PER_E7 * 1000);

        CategoryAccess shops = AccessAnalysis.run(
                        network,
                        PopulationEstimator.CHINA_URBAN_2020.estimate(data.buildings()),
                        ONE_MPS,
                        AccessOptions.defaults().withCategories(ServiceCategory.SHOPPING))
                .category(ServiceCategory.SHOPPING);

        assertThat(block).isCloseTo(100_077, within(1L));
        assertThat(shops.nearestTime_ms(b0)).isEqualTo(walk0 + 2 * block);
        assertThat(shops.nearestFacility(b0)).isEqualTo(f0);
        assertThat(shops.nearestTime_ms(b1)).isEqualTo(block);
        assertThat(shops.nearestFacility(b1))
                .as("f0 and f1 are one block away: the lower id")
                .isEqualTo(f0);
        assertThat(new int[] {shops.countWithin(0, b0), shops.countWithin(1, b0), shops.countWithin(0, b1)})
                .as("b0 is 220 m from f0 and 420 m from f1")
                .containsExactly(1, 2, 2);
        assertThat(shops.nearestTime_ms(b2)).isEqualTo(Integer.MAX_VALUE);
        assertThat(shops.nearestFacility(b2)).isEqualTo(-1);
        assertThat(shops.countWithin(2, b2)).isZero();
        assertThat(shops.buildingShareWithin(0)).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(shops.demandShareWithin(0)).as("equal floor areas").isCloseTo(2 / 3.0, within(1e-12));
        assertThat(network.buildingSnaps().unsnappedCount()).isEqualTo(1);
    }

    /**
     * One 2 km edge; the facility and the building stand 222 m apart in its middle, 889 m and more from either end.
     * <pre>
     *   0 ------------------ f ---- b ------------------ 1
     * </pre>
     */
    @Test
    void pointsOnOneLongEdgeWalkStraightAlongIt() {
        TestCity city = new TestCity();
        city.edge(city.node(0, 0), city.node(20 * BLOCK, 0), 0);
        int f = city.facility(ServiceCategory.SHOPPING, 8 * BLOCK, 0, 1);
        int b = city.building(10 * BLOCK, 0);
        CityNetwork network = CityNetwork.build(city.build(), new NetworkOptions(300, 1));
        long apart_mm =
                network.buildingSnaps().offset_mm(b) - network.facilitySnaps().offset_mm(f);

        CategoryAccess shops = run(network, ONE_MPS, AccessOptions.defaults());

        assertThat(apart_mm).isCloseTo(network.graph().edgeLength_mm(0) / 10, within(1L));
        assertThat(shops.nearestTime_ms(b)).isEqualTo(apart_mm);
        assertThat(shops.countWithin(0, b))
                .as("within 5 min although both ends are farther")
                .isEqualTo(1);
        assertThat(shops.ratio2sfca(b))
                .as("the only building and the only facility")
                .isCloseTo(1 / shops.demand(b), within(1e-12));
    }

    /**
     * Steps (=) between 1 and 2 against a flat detour through 3 and 4, about 100 m north:
     * <pre>
     *   3 ------------------------ 4
     *   |                          |
     *   0 ------ 1 ================ 2
     *   b                          f
     * </pre>
     * General (1.0 m/s, steps x1.5): 100 + 300 = 400 s by the steps, 500 s round. Elderly (0.8 m/s, steps x3): 125 +
     * 750 = 875 s by the steps, 625 s round: the detour.
     */
    @Test
    void stepsSlowTheElderlyOntoTheDetour() {
        TestCity city = new TestCity();
        int n0 = city.node(0, 0);
        int n1 = city.node(BLOCK, 0);
        int n2 = city.node(3 * BLOCK, 0);
        int n3 = city.node(0, BLOCK);
        int n4 = city.node(3 * BLOCK, BLOCK);
        city.edge(n0, n1, 0);
        int steps = city.edge(n1, n2, WalkGraph.STEPS);
        city.edge(n0, n3, 0);
        city.edge(n3, n4, 0);
        city.edge(n4, n2, 0);
        int b = city.building(0, 0);
        city.facility(ServiceCategory.SHOPPING, 3 * BLOCK, 0, 1);
        CityNetwork network = CityNetwork.build(city.build(), new NetworkOptions(300, 1));
        WalkGraph g = network.graph();
        long flat_mm = g.edgeLength_mm(0);
        long steps_mm = g.edgeLength_mm(steps);
        long detour_mm = g.edgeLength_mm(2) + g.edgeLength_mm(3) + g.edgeLength_mm(4);

        int general =
                run(network, WalkProfile.GENERAL, AccessOptions.defaults()).nearestTime_ms(b);
        int elderly =
                run(network, WalkProfile.ELDERLY, AccessOptions.defaults()).nearestTime_ms(b);

        assertThat(general).isEqualTo(flat_mm + Math.round(steps_mm * 1.5));
        long detourElderly = Math.round(g.edgeLength_mm(2) / 0.8)
                + Math.round(g.edgeLength_mm(3) / 0.8)
                + Math.round(g.edgeLength_mm(4) / 0.8);
        assertThat(detourElderly).isLessThan(Math.round(flat_mm / 0.8) + Math.round(steps_mm * 3 / 0.8));
        assertThat(elderly).isEqualTo(detourElderly);
        assertThat(detour_mm).isGreaterThan(flat_mm + steps_mm);
    }

    /**
     * A building 10 m from a two-node footway 1 km north of the street with the facility:
     * <pre>
     *   5 -- 6       b (10 m below the footway)
     *
     *   0 -- 1 -- 2 -- 3 -- 4 (f at 0)
     * </pre>
     */
    @Test
    void aBuildingOnADisconnectedPieceReachesNothingAndAnIslandIsNotSnappedTo() {
        TestCity city = new TestCity();
        for (int i = 0; i < 5; i++) {
            city.node(i * BLOCK, 0);
        }
        for (int i = 0; i < 4; i++) {
            city.edge(i, i + 1, 0);
        }
        city.edge(city.node(0, 10 * BLOCK), city.node(BLOCK, 10 * BLOCK), 0);
        int b = city.building(BLOCK / 2, 10 * BLOCK - 900);
        city.facility(ServiceCategory.SHOPPING, 0, 0, 1);
        CityData data = city.build();

        CityNetwork twoNodesCount = CityNetwork.build(data, new NetworkOptions(300, 2));
        CityNetwork twoNodesIsland = CityNetwork.build(data, new NetworkOptions(300, 3));
        CategoryAccess unreachable = run(twoNodesCount, ONE_MPS, AccessOptions.defaults());

        assertThat(twoNodesCount.buildingSnaps().edge(b)).isEqualTo(4);
        assertThat(unreachable.nearestTime_ms(b)).isEqualTo(Integer.MAX_VALUE);
        assertThat(unreachable.nearestFacility(b)).isEqualTo(-1);
        assertThat(unreachable.ratio2sfca(b)).isZero();
        assertThat(twoNodesIsland.islands().islandCount()).isEqualTo(1);
        assertThat(twoNodesIsland.islands().islandNodeCount()).isEqualTo(2);
        assertThat(twoNodesIsland.buildingSnaps().isSnapped(b))
                .as("the street is 990 m away")
                .isFalse();
        assertThat(twoNodesIsland.buildingSnaps().avoidedIslandCount()).isEqualTo(1);
    }

    private static CategoryAccess run(CityNetwork network, WalkProfile profile, AccessOptions options) {
        return AccessAnalysis.run(
                        network,
                        PopulationEstimator.CHINA_URBAN_2020.estimate(network.buildings()),
                        profile,
                        options.withCategories(ServiceCategory.SHOPPING))
                .category(ServiceCategory.SHOPPING);
    }
}
