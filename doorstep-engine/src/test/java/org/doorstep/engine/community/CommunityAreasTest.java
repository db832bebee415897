package org.doorstep.engine.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.graph.GeoDistance;
import org.junit.jupiter.api.Test;

class CommunityAreasTest {

    private static final int LAT0 = GeoDistance.toFixed(32.04);
    private static final int LON0 = GeoDistance.toFixed(118.78);

    /** 200 buildings scattered over about 2 km × 2 km. */
    private static Buildings scatteredBuildings(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Buildings.Builder builder = new Buildings.Builder();
        for (int i = 0; i < 200; i++) {
            builder.add(
                    OsmRef.of(OsmRef.WAY, i),
                    LON0 + random.nextInt(200_000),
                    LAT0 + random.nextInt(180_000),
                    500,
                    6,
                    false);
        }
        return builder.build();
    }

    private static Facilities centres(int[][] lonLatOffsets) {
        Facilities.Builder builder = new Facilities.Builder();
        for (int i = 0; i < lonLatOffsets.length; i++) {
            builder.add(
                    OsmRef.of(OsmRef.NODE, i),
                    ServiceCategory.SERVICE_CENTRE,
                    "amenity=community_centre",
                    "Centre " + i,
                    LON0 + lonLatOffsets[i][0],
                    LAT0 + lonLatOffsets[i][1],
                    Double.NaN,
                    1,
                    false);
        }
        return builder.build();
    }

    @Test
    void everyBuildingFallsInTheAreaOfItsNearestCentre() {
        Buildings buildings = scatteredBuildings(7);
        int[][] offsets = {{20_000, 20_000}, {180_000, 30_000}, {100_000, 160_000}};
        Facilities facilities = centres(offsets);

        List<Community> areas = CommunityAreas.estimate(buildings, facilities);
        int[] communityOf = CommunityMembership.assign(areas, buildings);

        assertThat(areas).extracting(Community::name).containsExactly("Centre 0", "Centre 1", "Centre 2");
        assertThat(areas).allSatisfy(c -> assertThat(c.origin()).isEqualTo("estimated"));
        for (int b = 0; b < buildings.size(); b++) {
            assertThat(communityOf[b]).as("building %d", b).isEqualTo(nearestCentre(buildings, b, facilities));
        }
    }

    @Test
    void aCityWithoutCentresGetsKilometreCellsCoveringEveryBuilding() {
        Buildings buildings = scatteredBuildings(11);

        List<Community> areas = CommunityAreas.estimate(buildings, centres(new int[0][]));
        int[] communityOf = CommunityMembership.assign(areas, buildings);

        // 2 km × 2 km plus the margin on each side spans three cells each way; a corner cell may miss the hull.
        assertThat(areas).hasSizeBetween(4, 9);
        assertThat(communityOf).doesNotContain(-1);
        assertThat(areas).extracting(Community::code).startsWith("est-001", "est-002");
    }

    @Test
    void aCentreMappedTwiceMakesOneArea() {
        Buildings buildings = scatteredBuildings(3);
        // The second centre is about 11 m east of the first.
        Facilities facilities = centres(new int[][] {{50_000, 50_000}, {51_300, 50_000}, {150_000, 150_000}});

        assertThat(CommunityAreas.estimate(buildings, facilities))
                .extracting(Community::name)
                .containsExactly("Centre 0", "Centre 2");
    }

    @Test
    void aBuildingOutsideEveryCommunityIsMinusOne() {
        Buildings buildings = scatteredBuildings(5);
        List<Community> areas = CommunityAreas.estimate(buildings, centres(new int[][] {{0, 0}}));
        Buildings.Builder far = new Buildings.Builder();
        far.add(OsmRef.of(OsmRef.WAY, 1), LON0 + 10_000_000, LAT0, 100, 1, true);

        assertThat(CommunityMembership.assign(areas, far.build())).containsExactly(-1);
    }

    private static int nearestCentre(Buildings buildings, int b, Facilities facilities) {
        int nearest = -1;
        long best = Long.MAX_VALUE;
        for (int f = 0; f < facilities.size(); f++) {
            long d = GeoDistance.distance_mm(
                    buildings.lonE7(b), buildings.latE7(b), facilities.lonE7(f), facilities.latE7(f));
            if (d < best) {
                best = d;
                nearest = f;
            }
        }
        return nearest;
    }
}
