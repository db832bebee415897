package org.doorstep.engine.graph;

import java.util.Arrays;

/**
 * Collects nodes and undirected edges, then lays them out as a {@link WalkGraph}. Both the OSM import and the city
 * generator feed it, so that every graph of the engine has one layout. Edge lengths are measured here, from the node
 * coordinates, so that they cannot disagree with them. Not thread-safe; one builder builds one graph.
 */
public final class WalkGraphBuilder {

    private int[] lonE7 = new int[1024];
    private int[] latE7 = new int[1024];
    private int nodeCount;
    private int[] from = new int[1024];
    private int[] to = new int[1024];
    private int[] length_mm = new int[1024];
    private byte[] flags = new byte[1024];
    private int edgeCount;

    /** Adds a node and returns its dense id, counting from 0 in the order of the calls. */
    public int addNode(int nodeLonE7, int nodeLatE7) {
        if (nodeCount == lonE7.length) {
            lonE7 = Arrays.copyOf(lonE7, nodeCount * 2);
            latE7 = Arrays.copyOf(latE7, nodeCount * 2);
        }
        lonE7[nodeCount] = nodeLonE7;
        latE7[nodeCount] = nodeLatE7;
        return nodeCount++;
    }

    /**
     * Adds an undirected edge between two nodes already added and returns its id; its length is the great-circle
     * distance between them. A loop (same node at both ends) is refused: it cannot shorten any walk.
     *
     * @param edgeFlags {@link WalkGraph#STEPS} or 0
     */
    public int addEdge(int a, int b, int edgeFlags) {
        if (a < 0 || a >= nodeCount || b < 0 || b >= nodeCount) {
            throw new IllegalArgumentException("edge " + a + "-" + b + " names a node outside 0.." + (nodeCount - 1));
        }
        if (a == b) {
            throw new IllegalArgumentException("edge " + a + "-" + b + " is a loop");
        }
        if (edgeCount == from.length) {
            from = Arrays.copyOf(from, edgeCount * 2);
            to = Arrays.copyOf(to, edgeCount * 2);
            length_mm = Arrays.copyOf(length_mm, edgeCount * 2);
            flags = Arrays.copyOf(flags, edgeCount * 2);
        }
        long mm = GeoDistance.distance_mm(lonE7[a], latE7[a], lonE7[b], latE7[b]);
        from[edgeCount] = a;
        to[edgeCount] = b;
        length_mm[edgeCount] = (int) Math.min(Integer.MAX_VALUE, mm);
        flags[edgeCount] = (byte) edgeFlags;
        return edgeCount++;
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int edgeCount() {
        return edgeCount;
    }

    /** Lays the graph out in compressed sparse rows; arcs by tail node, then edge id (a counting sort, O(n + m)). */
    public WalkGraph build() {
        int[] firstArc = new int[nodeCount + 1];
        for (int e = 0; e < edgeCount; e++) {
            firstArc[from[e] + 1]++;
            firstArc[to[e] + 1]++;
        }
        for (int n = 0; n < nodeCount; n++) {
            firstArc[n + 1] += firstArc[n];
        }
        int[] next = Arrays.copyOf(firstArc, nodeCount);
        int[] arcHead = new int[2 * edgeCount];
        int[] arcEdge = new int[2 * edgeCount];
        for (int e = 0; e < edgeCount; e++) {
            int fromArc = next[from[e]]++;
            arcHead[fromArc] = to[e];
            arcEdge[fromArc] = e;
            int toArc = next[to[e]]++;
            arcHead[toArc] = from[e];
            arcEdge[toArc] = e;
        }
        return new WalkGraph(
                Arrays.copyOf(lonE7, nodeCount),
                Arrays.copyOf(latE7, nodeCount),
                Arrays.copyOf(from, edgeCount),
                Arrays.copyOf(to, edgeCount),
                Arrays.copyOf(length_mm, edgeCount),
                Arrays.copyOf(flags, edgeCount),
                firstArc,
                arcHead,
                arcEdge);
    }
}
