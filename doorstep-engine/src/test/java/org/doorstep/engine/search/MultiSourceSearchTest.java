package org.doorstep.engine.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Random;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkGraphBuilder;
import org.junit.jupiter.api.Test;

class MultiSourceSearchTest {

    /**
     * <pre>
     *   0 --10-- 1 --10-- 2 --0-- 3
     * </pre>
     * Source 5 starts at node 0 and source 3 at node 3: node 2 gets source 3 across the zero-time edge, and node 1 is
     * 10 from both, so the lower source 3 wins there; of two seeds on one node at one time, the lower source wins.
     */
    @Test
    void equalTimesGoToTheLowerSourceEvenAcrossZeroTimeEdges() {
        WalkGraph graph = line(4);
        MultiSourceSearch search = new MultiSourceSearch(graph, new int[] {10, 10, 0});
        search.start(MultiSourceSearch.UNBOUNDED);
        search.addSeed(0, 0, 5);
        search.addSeed(3, 0, 7);
        search.addSeed(3, 0, 3);
        search.run();
        assertThat(new int[] {search.bestTime_ms(2), search.nearestSource(2)}).containsExactly(0, 3);
        assertThat(new int[] {search.bestTime_ms(1), search.nearestSource(1)}).containsExactly(10, 3);
        assertThat(new int[] {search.bestTime_ms(0), search.nearestSource(0)}).containsExactly(0, 5);
    }

    @Test
    void boundStopsTheSearchAndTheNextStartForgetsIt() {
        WalkGraph graph = line(5);
        MultiSourceSearch search = new MultiSourceSearch(graph, new int[] {10, 10, 10, 10});
        search.start(25);
        search.addSeed(0, 0, 0);
        search.run();
        assertThat(search.reachedCount()).isEqualTo(3);
        assertThat(search.bestTime_ms(3)).isEqualTo(Integer.MAX_VALUE);
        assertThat(search.nearestSource(3)).isEqualTo(-1);
        search.start(MultiSourceSearch.UNBOUNDED);
        search.addSeed(4, 0, 1);
        search.run();
        assertThat(search.bestTime_ms(0)).isEqualTo(40);
        assertThat(search.nearestSource(0)).isEqualTo(1);
    }

    @Test
    void agreesWithOneDijkstraPerSourceOnRandomGraphs() {
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            int n = 2 + random.nextInt(60);
            WalkGraphBuilder builder = new WalkGraphBuilder();
            for (int i = 0; i < n; i++) {
                builder.addNode(random.nextInt(100_000), random.nextInt(100_000));
            }
            int m = random.nextInt(3 * n);
            for (int i = 0; i < m; i++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a != b) {
                    builder.addEdge(a, b, 0);
                }
            }
            WalkGraph graph = builder.build();
            int[] times = new int[graph.edgeCount()];
            for (int e = 0; e < times.length; e++) {
                times[e] = random.nextInt(5); // small times make ties and zero-time edges common
            }
            int sources = 1 + random.nextInt(4);
            int[] seedNode = new int[sources];
            int[] seedTime = new int[sources];
            int bound = random.nextBoolean() ? MultiSourceSearch.UNBOUNDED : random.nextInt(10);
            MultiSourceSearch search = new MultiSourceSearch(graph, times);
            search.start(bound);
            for (int s = sources - 1; s >= 0; s--) {
                seedNode[s] = random.nextInt(n);
                seedTime[s] = random.nextInt(3);
                search.addSeed(seedNode[s], seedTime[s], s);
            }
            search.run();
            long[] bestLabel = new long[n];
            Arrays.fill(bestLabel, Long.MAX_VALUE);
            for (int s = 0; s < sources; s++) {
                long[] d = dijkstra(graph, times, seedNode[s], seedTime[s]);
                for (int v = 0; v < n; v++) {
                    if (d[v] <= bound) {
                        bestLabel[v] = Math.min(bestLabel[v], d[v] << 8 | s);
                    }
                }
            }
            for (int v = 0; v < n; v++) {
                int expectedTime = bestLabel[v] == Long.MAX_VALUE ? Integer.MAX_VALUE : (int) (bestLabel[v] >> 8);
                int expectedSource = bestLabel[v] == Long.MAX_VALUE ? -1 : (int) (bestLabel[v] & 255);
                assertThat(search.bestTime_ms(v)).as("seed %d node %d", seed, v).isEqualTo(expectedTime);
                assertThat(search.nearestSource(v))
                        .as("seed %d node %d", seed, v)
                        .isEqualTo(expectedSource);
            }
        }
    }

    /** Textbook Dijkstra with java.util.PriorityQueue and lazy deletion. */
    static long[] dijkstra(WalkGraph graph, int[] times, int start, int startTime) {
        long[] dist = new long[graph.nodeCount()];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[start] = startTime;
        PriorityQueue<long[]> queue = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        queue.add(new long[] {startTime, start});
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) {
                continue;
            }
            for (int arc = graph.firstArc(u); arc < graph.firstArc(u + 1); arc++) {
                int v = graph.arcHead(arc);
                long d = dist[u] + times[graph.arcEdge(arc)];
                if (d < dist[v]) {
                    dist[v] = d;
                    queue.add(new long[] {d, v});
                }
            }
        }
        return dist;
    }

    private static WalkGraph line(int nodes) {
        WalkGraphBuilder builder = new WalkGraphBuilder();
        for (int i = 0; i < nodes; i++) {
            builder.addNode(i * 1000, 0);
        }
        for (int i = 0; i + 1 < nodes; i++) {
            builder.addEdge(i, i + 1, 0);
        }
        return builder.build();
    }
}
