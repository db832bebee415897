package org.doorstep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkGraphBuilder;
import org.doorstep.engine.search.MultiSourceSearch;
import org.junit.jupiter.api.Test;

class BareDijkstraSweepTest {

    /**
     * <pre>
     *  0 --10-- 1 --10-- 2 --10-- 3        4 (isolated)
     *  seed     seed at 5
     * </pre>
     */
    @Test
    void takesTheEarliestSeedAndLeavesUnreachedNodesAtMaxValue() {
        WalkGraph graph = path(5);
        int[] edgeTime_ms = {10, 10, 10};
        int[] best = BareDijkstraSweep.sweep(graph, edgeTime_ms, new int[] {0, 1}, new int[] {0, 5});
        // node 1: min(0 + 10, 5); node 2: 5 + 10; node 3: 5 + 10 + 10
        assertThat(best).containsExactly(0, 5, 15, 25, Integer.MAX_VALUE);
    }

    @Test
    void agreesWithTheEnginesSearchOnRandomGraphs() {
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 20; round++) {
            int nodes = 2 + random.nextInt(200);
            WalkGraphBuilder builder = new WalkGraphBuilder();
            for (int n = 0; n < nodes; n++) {
                builder.addNode(random.nextInt(1_000_000), random.nextInt(1_000_000));
            }
            for (int e = 0, edges = random.nextInt(3 * nodes); e < edges; e++) {
                int a = random.nextInt(nodes);
                int b = random.nextInt(nodes);
                if (a != b) {
                    builder.addEdge(a, b, 0);
                }
            }
            WalkGraph graph = builder.build();
            int[] edgeTime_ms = random.ints(graph.edgeCount(), 0, 1000).toArray();
            int seeds = 1 + random.nextInt(5);
            int[] seedNode = random.ints(seeds, 0, nodes).toArray();
            int[] seedTime = random.ints(seeds, 0, 500).toArray();

            MultiSourceSearch search = new MultiSourceSearch(graph, edgeTime_ms);
            search.start(MultiSourceSearch.UNBOUNDED);
            for (int s = 0; s < seeds; s++) {
                search.addSeed(seedNode[s], seedTime[s], s);
            }
            search.run();
            int[] best = BareDijkstraSweep.sweep(graph, edgeTime_ms, seedNode, seedTime);
            for (int n = 0; n < nodes; n++) {
                assertThat(best[n]).as("node %d of round %d", n, round).isEqualTo(search.bestTime_ms(n));
            }
        }
    }

    /** Nodes 0..n-1 on a line 1e-5 degree apart, edges between consecutive ones except to the last node. */
    private static WalkGraph path(int nodes) {
        WalkGraphBuilder builder = new WalkGraphBuilder();
        for (int n = 0; n < nodes; n++) {
            builder.addNode(n * 100, 0);
        }
        for (int n = 0; n + 2 < nodes; n++) {
            builder.addEdge(n, n + 1, 0);
        }
        return builder.build();
    }
}
