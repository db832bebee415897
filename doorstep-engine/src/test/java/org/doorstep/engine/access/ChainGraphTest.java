package org.doorstep.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.doorstep.engine.graph.EdgeSnapper;
import org.doorstep.engine.graph.GraphIslands;
import org.doorstep.engine.graph.Snaps;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkGraphBuilder;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.search.MultiSourceSearch;
import org.junit.jupiter.api.Test;

/**
 * The searches over the contracted graph against those over every node: {@link ChainReach} against {@link
 * ReachCollector} (the same buildings with the same times) and {@link ChainSweep} against {@link MultiSourceSearch}
 * (the same time and source at every node), on seeded random graphs made of polylines (a jittered grid whose streets
 * have bends, some missing, some doubled by a parallel path), dead-end spurs, a ring of bends with no crossing, and
 * points at the same spot (zero-time edges).
 */
class ChainGraphTest {

    private static final int LON0 = 1_214_000_000;
    private static final int LAT0 = 312_000_000;
    private static final int SPACING = 6_500;

    @Test
    void timesTheSameBuildingsAsTheSearchOverEveryNode() {
        int pairs = 0;
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            WalkGraph graph = polylineCity(random);
            EdgeSnapper snapper = new EdgeSnapper(graph, GraphIslands.of(graph, 1), 200);
            Snaps buildings = snapper.snap(randomLons(random, 80), randomLats(random, 80));
            Snaps facilities = snapper.snap(randomLons(random, 25), randomLats(random, 25));
            WalkProfile profile = random.nextBoolean() ? WalkProfile.GENERAL : WalkProfile.ELDERLY;
            WalkAccess walk = new WalkAccess(graph, buildings, facilities, profile);
            for (int f = 0; f < facilities.size(); f++) {
                int bound = random.nextInt(400_000);
                long[] expected = searchRow(walk, f, bound);
                assertThat(chainRow(walk, f, bound))
                        .as("seed %d, facility %d, bound %d ms", seed, f, bound)
                        .isEqualTo(expected);
                pairs += expected.length;
            }
        }
        assertThat(pairs).as("pairs compared").isGreaterThan(5_000);
    }

    @Test
    void sweepGivesEveryNodeTheLabelOfTheSearchOverEveryNode() {
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            WalkGraph graph = polylineCity(random);
            EdgeSnapper snapper = new EdgeSnapper(graph, GraphIslands.of(graph, 1), 200);
            Snaps buildings = snapper.snap(randomLons(random, 20), randomLats(random, 20));
            WalkAccess walk = new WalkAccess(graph, buildings, buildings, WalkProfile.GENERAL);
            ChainSweep sweep = new ChainSweep(walk.chains(), null);
            MultiSourceSearch search = walk.search;
            sweep.start();
            search.start(MultiSourceSearch.UNBOUNDED);
            for (int s = 1 + random.nextInt(12); s > 0; s--) {
                int e = random.nextInt(graph.edgeCount());
                int v = random.nextBoolean() ? graph.edgeFrom(e) : graph.edgeTo(e);
                // Few distinct times and sources, so that ties between sources are common.
                int time = random.nextInt(4) * 20_000;
                int source = random.nextInt(6);
                sweep.addSeed(e, v, time, source);
                search.addSeed(v, time, source);
            }
            sweep.run();
            search.run();
            for (int v = 0; v < graph.nodeCount(); v++) {
                assertThat(new int[] {sweep.time_ms(v), sweep.source(v)})
                        .as("seed %d, node %d", seed, v)
                        .containsExactly(search.bestTime_ms(v), search.nearestSource(v));
            }
        }
    }

    private static long[] chainRow(WalkAccess walk, int f, int bound) {
        FacilityReach reach = FacilityReach.collect(walk, new int[] {f}, bound);
        long[] row = new long[reach.endPair(0)];
        for (int pair = 0; pair < row.length; pair++) {
            row[pair] = (long) reach.building(pair) << 32 | reach.time_ms(pair);
        }
        return row;
    }

    private static long[] searchRow(WalkAccess walk, int f, int bound) {
        ReachCollector collector = new ReachCollector(walk, bound);
        PlacedPoints facilities = walk.facilities;
        collector.collect(facilities.edge[f], facilities.along_ms[f], facilities.walk_ms[f]);
        long[] row = new long[collector.size()];
        for (int pair = 0; pair < row.length; pair++) {
            row[pair] = (long) collector.building(pair) << 32 | collector.time_ms(pair);
        }
        Arrays.sort(row);
        return row;
    }

    private static WalkGraph polylineCity(Random random) {
        Streets streets = new Streets();
        int side = 4 + random.nextInt(3);
        int[][] corner = new int[side][side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                corner[y][x] = streets.node(
                        LON0 + x * SPACING + random.nextInt(1_500), LAT0 + y * SPACING + random.nextInt(1_500));
            }
        }
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (x + 1 < side && random.nextInt(6) > 0) {
                    streets.street(random, corner[y][x], corner[y][x + 1]);
                }
                if (y + 1 < side && random.nextInt(6) > 0) {
                    streets.street(random, corner[y][x], corner[y + 1][x]);
                }
                if (random.nextInt(8) == 0) {
                    streets.spur(random, corner[y][x]);
                }
            }
        }
        streets.ring(random);
        return streets.builder.build();
    }

    /** A graph builder that remembers its nodes' coordinates. */
    private static final class Streets {
        final WalkGraphBuilder builder = new WalkGraphBuilder();
        int[] lon = new int[4096];
        int[] lat = new int[4096];

        int node(int lonE7, int latE7) {
            int id = builder.addNode(lonE7, latE7);
            lon[id] = lonE7;
            lat[id] = latE7;
            return id;
        }

        /** A street of 1..5 segments between two nodes; sometimes a second, parallel one. */
        void street(Random random, int a, int b) {
            for (int copy = random.nextInt(5) == 0 ? 2 : 1; copy > 0; copy--) {
                int previous = a;
                int bends = random.nextInt(5);
                for (int i = 1; i <= bends; i++) {
                    int node = bend(random, a, b, previous, i / (bends + 1.0));
                    builder.addEdge(previous, node, random.nextInt(5) == 0 ? WalkGraph.STEPS : 0);
                    previous = node;
                }
                builder.addEdge(previous, b, 0);
            }
        }

        /** A node between a and b, jittered, or (one time in six) on the spot of the previous node. */
        int bend(Random random, int a, int b, int previous, double share) {
            if (random.nextInt(6) == 0) {
                return node(lon[previous], lat[previous]);
            }
            return node(
                    (int) Math.round(lon[a] + share * (lon[b] - lon[a])) + random.nextInt(600) - 300,
                    (int) Math.round(lat[a] + share * (lat[b] - lat[a])) + random.nextInt(600) - 300);
        }

        void spur(Random random, int from) {
            int previous = from;
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                int node = node(
                        lon[previous] + random.nextInt(2_000) - 1_000, lat[previous] + random.nextInt(2_000) - 1_000);
                builder.addEdge(previous, node, 0);
                previous = node;
            }
        }

        /** A closed ring of 3..8 nodes, all of degree 2, inside the grid. */
        void ring(Random random) {
            int n = 3 + random.nextInt(6);
            int first = -1;
            int previous = -1;
            for (int i = 0; i < n; i++) {
                double angle = 2 * Math.PI * i / n;
                int node = node(
                        LON0 + SPACING + (int) (1_500 * Math.cos(angle)),
                        LAT0 + SPACING + (int) (1_500 * Math.sin(angle)));
                if (previous >= 0) {
                    builder.addEdge(previous, node, 0);
                } else {
                    first = node;
                }
                previous = node;
            }
            builder.addEdge(previous, first, 0);
        }
    }

    private static int[] randomLons(Random random, int n) {
        int[] lon = new int[n];
        for (int i = 0; i < n; i++) {
            lon[i] = LON0 - 500 + random.nextInt(6 * SPACING);
        }
        return lon;
    }

    private static int[] randomLats(Random random, int n) {
        int[] lat = new int[n];
        for (int i = 0; i < n; i++) {
            lat[i] = LAT0 - 500 + random.nextInt(6 * SPACING);
        }
        return lat;
    }
}
