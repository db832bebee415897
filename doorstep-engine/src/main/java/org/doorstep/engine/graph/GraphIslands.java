package org.doorstep.engine.graph;

import java.util.Arrays;

/**
 * The connected components of a {@link WalkGraph}, and which of them are islands.
 *
 * <p>Components are numbered {@code 0..componentCount()-1} in the order of their lowest node id, so that the numbering
 * depends only on the graph. A component is an <em>island</em> when it has fewer than {@code minNodes} nodes and is not
 * the largest component (the largest, lowest id on a tie, is never an island, so that a small test graph or a village
 * still has something to snap to). Islands stay in the graph but are not snap targets: a building next to a stray
 * courtyard footway that joins nothing must be snapped to the street network instead, or reported.
 *
 * <p>Why 20 nodes by default ({@link #DEFAULT_MIN_NODES}): OSM courtyard paths, platforms and pieces cut off at the
 * extract's edge rarely exceed a dozen nodes, while even a small hamlet's street network has well over 20. Immutable and
 * thread-safe.
 */
public final class GraphIslands {

    /** Default minimum size in nodes of a component that is not an island. */
    public static final int DEFAULT_MIN_NODES = 20;

    private final WalkGraph graph;
    private final int[] componentOfNode;
    private final int[] componentSize;
    private final int minNodes;
    private final int largestComponent;

    private GraphIslands(WalkGraph graph, int[] componentOfNode, int[] componentSize, int minNodes) {
        this.graph = graph;
        this.componentOfNode = componentOfNode;
        this.componentSize = componentSize;
        this.minNodes = minNodes;
        int largest = -1;
        for (int c = 0; c < componentSize.length; c++) {
            if (largest < 0 || componentSize[c] > componentSize[largest]) {
                largest = c;
            }
        }
        this.largestComponent = largest;
    }

    /**
     * Finds the components of {@code graph} by breadth-first search from each unvisited node in ascending id order.
     *
     * @param minNodes components with fewer nodes (other than the largest) are islands; at least 1
     */
    public static GraphIslands of(WalkGraph graph, int minNodes) {
        if (minNodes < 1) {
            throw new IllegalArgumentException("minimum island size must be at least 1 node, got " + minNodes);
        }
        int n = graph.nodeCount();
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] queue = new int[n];
        int[] sizes = new int[n];
        int count = 0;
        for (int start = 0; start < n; start++) {
            if (component[start] < 0) {
                sizes[count] = flood(graph, start, count, component, queue);
                count++;
            }
        }
        return new GraphIslands(graph, component, Arrays.copyOf(sizes, count), minNodes);
    }

    /** Marks every node reachable from {@code start} with {@code id}; returns how many there were. */
    private static int flood(WalkGraph graph, int start, int id, int[] component, int[] queue) {
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        component[start] = id;
        while (head < tail) {
            int node = queue[head++];
            for (int arc = graph.firstArc(node); arc < graph.firstArc(node + 1); arc++) {
                int next = graph.arcHead(arc);
                if (component[next] < 0) {
                    component[next] = id;
                    queue[tail++] = next;
                }
            }
        }
        return tail;
    }

    /** The minimum size in nodes of a component that is not an island. */
    public int minNodes() {
        return minNodes;
    }

    public int componentCount() {
        return componentSize.length;
    }

    /** The component of a node. */
    public int component(int node) {
        return componentOfNode[node];
    }

    /** Number of nodes in a component. */
    public int componentSize(int component) {
        return componentSize[component];
    }

    /** The largest component (lowest id among equals), never an island; -1 for an empty graph. */
    public int largestComponent() {
        return largestComponent;
    }

    public boolean isIsland(int component) {
        return component != largestComponent && componentSize[component] < minNodes;
    }

    /** Whether points may snap to this edge: its component is not an island. */
    public boolean isSnapTarget(int edge) {
        return !isIsland(componentOfNode[graph.edgeFrom(edge)]);
    }

    /** Number of islands. */
    public int islandCount() {
        int count = 0;
        for (int c = 0; c < componentSize.length; c++) {
            if (isIsland(c)) {
                count++;
            }
        }
        return count;
    }

    /** Number of nodes on islands. */
    public int islandNodeCount() {
        int count = 0;
        for (int c = 0; c < componentSize.length; c++) {
            if (isIsland(c)) {
                count += componentSize[c];
            }
        }
        return count;
    }
}
