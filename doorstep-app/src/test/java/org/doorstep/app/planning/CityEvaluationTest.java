package org.doorstep.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.category.AgeBand;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.graph.GeoDistance;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkGraphBuilder;
import org.doorstep.engine.graph.WalkProfile;
import org.junit.jupiter.api.Test;

/**
 * A straight street of two 0.001° blocks running east; a canteen at its west end, building A (community 1) one block
 * east, building B (community 2) two blocks east, all standing on the street:
 *
 * <pre>
 *   canteen ---- A ---- B
 *   node 0    node 1  node 2
 * </pre>
 */
class CityEvaluationTest {

    private static final double LAT = 32.0;
    private static final double[] LON = {118.000, 118.001, 118.002};

    @Test
    void walksEachBuildingToTheNearestFacilityAndSumsItsCommunity() {
        CityModel model = CityModel.of(
                "test",
                street(),
                List.of(building(11, 1, LON[1]), building(12, 2, LON[2])),
                List.of(new CityModel.Facility(99, 1, ServiceCategory.MEALS, "canteen", "长者食堂", LON[0], LAT, 300, 80)),
                Map.of(11L, elderly(10), 12L, elderly(5)));
        int blockTime_s = (int) (GeoDistance.distance_mm(fixed(LON[0]), fixed(LAT), fixed(LON[1]), fixed(LAT)) / 1000);
        int twoBlocks_min = (2 * blockTime_s) / 60 + 1;

        CityEvaluation.Result result = CityEvaluation.run(
                model,
                WalkProfile.GENERAL,
                AccessOptions.defaults()
                        .withThresholds_min(1, 2, twoBlocks_min)
                        .withCatchment_min(twoBlocks_min)
                        .withCategories(ServiceCategory.MEALS),
                phase -> {});

        assertThat(result.buildings())
                .extracting(CityEvaluation.BuildingAccess::buildingId, CityEvaluation.BuildingAccess::facilityId)
                .containsExactly(tuple(11L, 99L), tuple(12L, 99L));
        assertThat(result.buildings().get(0).walkTime_s()).isBetween(blockTime_s - 1, blockTime_s + 1);
        assertThat(result.buildings().get(1).walkTime_s()).isBetween(2 * blockTime_s - 1, 2 * blockTime_s + 1);
        assertThat(result.estimated()).isFalse();
        assertThat(result.residents()).isEqualTo(15);

        // About 94 s a block: A is within 2 minutes, B only within the last threshold.
        assertThat(share(result, 1, 2)).isEqualTo(1.0);
        assertThat(share(result, 2, 2)).isEqualTo(0.0);
        assertThat(share(result, 2, twoBlocks_min)).isEqualTo(1.0);
        assertThat(result.communities())
                .filteredOn(c -> c.communityId() == 1 && c.minutes() == 2)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.residents()).isEqualTo(10);
                    assertThat(c.households()).isEqualTo(10);
                    assertThat(c.area_m2Per100Households()).isEqualTo(300.0 / 10 * 100);
                });
    }

    @Test
    void estimatesResidentsFromFloorAreaWhereTheRegistryHasNone() {
        CityModel model = CityModel.of("test", street(), List.of(building(11, 1, LON[1])), List.of(), Map.of());

        CityEvaluation.Result result = CityEvaluation.run(
                model, WalkProfile.GENERAL, AccessOptions.defaults().withCategories(ServiceCategory.MEALS), p -> {});

        assertThat(result.estimated()).isTrue();
        assertThat(result.residents()).isPositive();
        assertThat(result.buildings()).singleElement().satisfies(b -> {
            assertThat(b.walkTime_s()).isNull();
            assertThat(b.facilityId()).isNull();
        });
    }

    private static double share(CityEvaluation.Result result, long community, int minutes) {
        return result.communities().stream()
                .filter(c -> c.communityId() == community && c.minutes() == minutes)
                .findFirst()
                .orElseThrow()
                .targetShare();
    }

    private static WalkGraph street() {
        WalkGraphBuilder builder = new WalkGraphBuilder();
        for (double lon : LON) {
            builder.addNode(fixed(lon), fixed(LAT));
        }
        builder.addEdge(0, 1, 0);
        builder.addEdge(1, 2, 0);
        return builder.build();
    }

    private static CityModel.Building building(long id, long community, double lon) {
        return new CityModel.Building(id, community, lon, LAT, 6, 6 * 365.0);
    }

    private static CityModel.Residents elderly(int count) {
        int[] bands = new int[AgeBand.COUNT];
        bands[AgeBand.AGE_60_79.ordinal()] = count;
        return new CityModel.Residents(bands, count);
    }

    private static int fixed(double degrees) {
        return GeoDistance.toFixed(degrees);
    }
}
