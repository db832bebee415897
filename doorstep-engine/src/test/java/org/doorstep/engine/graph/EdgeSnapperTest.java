package org.doorstep.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EdgeSnapperTest {

    private static final double METRES_PER_DEGREE = GeoDistance.EARTH_RADIUS_M * Math.PI / 180;

    /**
     * <pre>
     *        p (20 m north of the middle)
     *   0 ---------- 1 ---------- 2          q far away
     * </pre>
     * On the equator: p lands halfway along edge 0 at 20 m; a point on node 1 ties edges 0 and 1 and takes edge 0.
     */
    @Test
    void snapsToTheFootOfThePerpendicularAndBreaksTiesByLowerEdge() {
        WalkGraphBuilder builder = new WalkGraphBuilder();
        builder.addNode(0, 0);
        builder.addNode(20_000, 0);
        builder.addNode(40_000, 0);
        builder.addEdge(0, 1, 0);
        builder.addEdge(1, 2, 0);
        WalkGraph graph = builder.build();
        EdgeSnapper snapper = new EdgeSnapper(graph, GraphIslands.of(graph, 1), 300);
        int north20m = (int) Math.round(20 / METRES_PER_DEGREE * 1e7);

        Snaps snaps = snapper.snap(new int[] {10_000, 20_000, 20_000}, new int[] {north20m, 0, 50_000});

        assertThat(snaps.edge(0)).isZero();
        assertThat(snaps.offset_mm(0)).isEqualTo((int) Math.round(graph.edgeLength_mm(0) / 2.0));
        assertThat(snaps.distance_mm(0))
                .isCloseTo((int) Math.round(north20m / 1e7 * METRES_PER_DEGREE * 1000), within(1));
        assertThat(snaps.edge(1)).isZero();
        assertThat(snaps.offset_mm(1)).isEqualTo(graph.edgeLength_mm(0));
        assertThat(snaps.distance_mm(1)).isZero();
        assertThat(snaps.isSnapped(2)).isFalse();
        assertThat(snaps.unsnappedCount()).isEqualTo(1);
        assertThat(snaps.avoidedIslandCount()).isZero();
    }

    /**
     * <pre>
     *   island 4 -- 5            (10 m from p)
     *          p
     *   0 -- 1 -- 2 -- 3         (50 m from p)
     * </pre>
     */
    @Test
    void skipsIslandsAndReportsThePointsTheyWouldHaveCaught() {
        WalkGraphBuilder builder = new WalkGraphBuilder();
        int metre = (int) Math.round(1e7 / METRES_PER_DEGREE);
        for (int i = 0; i < 4; i++) {
            builder.addNode(i * 100 * metre, 0);
        }
        builder.addNode(100 * metre, 60 * metre);
        builder.addNode(200 * metre, 60 * metre);
        for (int i = 0; i < 3; i++) {
            builder.addEdge(i, i + 1, 0);
        }
        builder.addEdge(4, 5, 0);
        WalkGraph graph = builder.build();
        GraphIslands islands = GraphIslands.of(graph, 3);

        Snaps wide = new EdgeSnapper(graph, islands, 300).snap(new int[] {150 * metre}, new int[] {50 * metre});
        Snaps narrow = new EdgeSnapper(graph, islands, 30).snap(new int[] {150 * metre}, new int[] {50 * metre});

        assertThat(wide.edge(0)).isEqualTo(1);
        assertThat(wide.distance_mm(0)).isCloseTo(50_000, within(50));
        assertThat(wide.avoidedIsland(0)).isTrue();
        assertThat(narrow.isSnapped(0)).isFalse();
        assertThat(narrow.avoidedIslandCount()).isEqualTo(1);
    }

    @Test
    void gridFindsTheSameNearestDistanceAsAScanOverEveryEdge() {
        for (long seed = 1; seed <= 10; seed++) {
            Random random = new Random(seed);
            int latBase = 310_000_000;
            WalkGraphBuilder builder = new WalkGraphBuilder();
            int n = 5 + random.nextInt(150);
            for (int i = 0; i < n; i++) {
                builder.addNode(1_200_000_000 + random.nextInt(200_000), latBase + random.nextInt(200_000));
            }
            for (int i = 0; i < 2 * n; i++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a != b) {
                    builder.addEdge(a, b, 0);
                }
            }
            WalkGraph graph = builder.build();
            double maxSnap_m = 50 + random.nextInt(300);
            EdgeSnapper snapper = new EdgeSnapper(graph, GraphIslands.of(graph, 1), maxSnap_m);
            int points = 200;
            int[] lon = new int[points];
            int[] lat = new int[points];
            for (int p = 0; p < points; p++) {
                lon[p] = 1_199_950_000 + random.nextInt(300_000);
                lat[p] = latBase - 50_000 + random.nextInt(300_000);
            }
            Snaps snaps = snapper.snap(lon, lat);
            for (int p = 0; p < points; p++) {
                double nearest_m = scanNearest_m(graph, lon[p], lat[p]);
                if (Math.abs(nearest_m - maxSnap_m) < 0.01) {
                    continue; // too close to the limit to tell
                }
                if (nearest_m > maxSnap_m || graph.edgeCount() == 0) {
                    assertThat(snaps.isSnapped(p))
                            .as("seed %d point %d", seed, p)
                            .isFalse();
                } else {
                    assertThat(snaps.distance_mm(p) / 1000.0)
                            .as("seed %d point %d", seed, p)
                            .isCloseTo(nearest_m, within(0.002));
                    assertThat(snaps.offset_mm(p)).isBetween(0, graph.edgeLength_mm(snaps.edge(p)));
                }
            }
        }
    }

    /** Nearest distance to any edge by brute force, in an equirectangular projection of this test's own. */
    private static double scanNearest_m(WalkGraph graph, int lonE7, int latE7) {
        double cos = Math.cos(Math.toRadians(31.01));
        double px = lonE7 / 1e7 * METRES_PER_DEGREE * cos;
        double py = latE7 / 1e7 * METRES_PER_DEGREE;
        double best = Double.POSITIVE_INFINITY;
        for (int e = 0; e < graph.edgeCount(); e++) {
            double ax = graph.lonE7(graph.edgeFrom(e)) / 1e7 * METRES_PER_DEGREE * cos;
            double ay = graph.latE7(graph.edgeFrom(e)) / 1e7 * METRES_PER_DEGREE;
            double bx = graph.lonE7(graph.edgeTo(e)) / 1e7 * METRES_PER_DEGREE * cos;
            double by = graph.latE7(graph.edgeTo(e)) / 1e7 * METRES_PER_DEGREE;
            double dx = bx - ax;
            double dy = by - ay;
            double t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
            best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
        }
        return best;
    }
}
