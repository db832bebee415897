package org.doorstep.engine.blindspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.doorstep.engine.graph.GeoDistance;
import org.junit.jupiter.api.Test;

class BlindSpotClusteringTest {

    /** About 1 m of latitude in 1e-7 degrees: 1 / 111,195 m per degree. */
    private static final double E7_PER_METRE = 1e7 / (GeoDistance.EARTH_RADIUS_M * Math.PI / 180);

    private static final int LAT0 = GeoDistance.toFixed(32.04);
    private static final int LON0 = GeoDistance.toFixed(118.78);

    /*
     * Buildings on a north-south line, metres north of the origin:
     *   0 @ 0 m, 1 @ 100 m, 2 @ 200 m   (gaps 100 m <= 150: one area)
     *   3 @ 500 m                       (300 m from 2: its own area)
     *   4 @ 600 m, covered              (not a blind spot, and it links nothing)
     *   5 @ 700 m                       (200 m from 3: its own area, although 4 lies between)
     */
    private static final int[] NORTH_M = {0, 100, 200, 500, 600, 700};

    @Test
    void linksBuildingsWithinTheLinkDistanceOnly() {
        List<BlindSpot> spots = cluster(new double[] {1, 1, 1, 5, 9, 2});
        assertThat(spots).hasSize(3);
        assertThat(spots).extracting(s -> s.buildings()[0]).containsExactly(3, 0, 5);
        assertThat(spots.get(1).buildings()).containsExactly(0, 1, 2);
        assertThat(spots.get(1).targetGroup()).isEqualTo(1 + 1 + 1);
        assertThat(spots.get(1).residents()).isEqualTo(10 + 10 + 10);
    }

    @Test
    void equalTargetGroupsRankByLowestBuildingId() {
        List<BlindSpot> spots = cluster(new double[] {1, 1, 1, 3, 0, 3});
        assertThat(spots).extracting(s -> s.buildings()[0]).containsExactly(0, 3, 5);
    }

    @Test
    void areaIsTheBufferedHullInDegrees() {
        BlindSpot single = cluster(new double[] {1, 1, 1, 5, 9, 2}).get(0);
        // one building buffered by 30 m: a disc whose area is about pi * 30^2 m2 (JTS approximates with segments)
        double metresPerDegreeLat = GeoDistance.EARTH_RADIUS_M * Math.PI / 180;
        double height_m = single.area().getEnvelopeInternal().getHeight() * metresPerDegreeLat;
        assertThat(height_m).isCloseTo(2 * 30, within(0.5));
        assertThat(single.area().getCentroid().getY()).isCloseTo(GeoDistance.toDegrees(lat(500)), within(1e-6));
        BlindSpot line = cluster(new double[] {1, 1, 1, 5, 9, 2}).get(1);
        double lineHeight_m = line.area().getEnvelopeInternal().getHeight() * metresPerDegreeLat;
        assertThat(lineHeight_m).isCloseTo(200 + 2 * 30, within(0.5));
    }

    @Test
    void sameInputGivesTheSameAreas() {
        List<BlindSpot> first = cluster(new double[] {1, 1, 1, 5, 9, 2});
        List<BlindSpot> second = cluster(new double[] {1, 1, 1, 5, 9, 2});
        assertThat(second)
                .extracting(BlindSpot::buildingCount)
                .containsExactlyElementsOf(
                        first.stream().map(BlindSpot::buildingCount).toList());
    }

    private static List<BlindSpot> cluster(double[] targetGroup) {
        int n = NORTH_M.length;
        int[] lon = new int[n];
        int[] lat = new int[n];
        double[] residents = new double[n];
        boolean[] uncovered = new boolean[n];
        for (int b = 0; b < n; b++) {
            lon[b] = LON0;
            lat[b] = lat(NORTH_M[b]);
            residents[b] = 10;
            uncovered[b] = b != 4;
        }
        return BlindSpotClustering.cluster(
                lon, lat, uncovered, residents, targetGroup, BlindSpotClustering.DEFAULT_LINK_M, 30);
    }

    private static int lat(double north_m) {
        return LAT0 + (int) Math.round(north_m * E7_PER_METRE);
    }
}
