package org.doorstep.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphIslandsTest {

    /**
     * <pre>
     *   3 -- 0 -- 4      1 -- 5      2 (alone)
     *        |
     *        6
     * </pre>
     * Components numbered by lowest node: {0,3,4,6} = 0, {1,5} = 1, {2} = 2.
     */
    @Test
    void numbersComponentsByLowestNodeAndMarksSmallOnesAsIslands() {
        WalkGraphBuilder builder = new WalkGraphBuilder();
        for (int i = 0; i < 7; i++) {
            builder.addNode(i * 1000, 0);
        }
        int e03 = builder.addEdge(0, 3, 0);
        builder.addEdge(0, 4, 0);
        builder.addEdge(0, 6, 0);
        int e15 = builder.addEdge(1, 5, 0);
        WalkGraph graph = builder.build();

        GraphIslands islands = GraphIslands.of(graph, 3);

        assertThat(islands.componentCount()).isEqualTo(3);
        assertThat(new int[] {islands.component(0), islands.component(1), islands.component(2), islands.component(5)})
                .containsExactly(0, 1, 2, 1);
        assertThat(new int[] {islands.componentSize(0), islands.componentSize(1), islands.componentSize(2)})
                .containsExactly(4, 2, 1);
        assertThat(islands.largestComponent()).isZero();
        assertThat(islands.islandCount()).isEqualTo(2);
        assertThat(islands.islandNodeCount()).isEqualTo(3);
        assertThat(islands.isSnapTarget(e03)).isTrue();
        assertThat(islands.isSnapTarget(e15)).isFalse();
    }

    @Test
    void theLargestComponentIsNeverAnIslandEvenWhenSmall() {
        WalkGraphBuilder builder = new WalkGraphBuilder();
        builder.addNode(0, 0);
        builder.addNode(1000, 0);
        int edge = builder.addEdge(0, 1, 0);
        GraphIslands islands = GraphIslands.of(builder.build(), GraphIslands.DEFAULT_MIN_NODES);
        assertThat(islands.islandCount()).isZero();
        assertThat(islands.isSnapTarget(edge)).isTrue();
    }
}
