package org.doorstep.engine.graph;

/**
 * The walking network as compressed sparse rows over dense int ids (GraphHopper's nodes and edges, r5's column stores).
 *
 * <p>Nodes {@code 0..nodeCount()-1} carry fixed-point coordinates (1e-7 degree). Edges {@code 0..edgeCount()-1} are
 * undirected straight segments with a length in millimetres and flags ({@link #STEPS}). Every edge appears as two arcs,
 * one from each end; the arcs of node {@code n} are {@code firstArc(n) .. firstArc(n+1)-1}, each with its head node and
 * its edge. Arcs are ordered by tail node, then by edge id, so that every search over them is deterministic.
 *
 * <p>Immutable after construction and safe to share between threads. Built by {@link WalkGraphBuilder}.
 */
public final class WalkGraph {

    /** Edge flag: the edge is a flight of steps ({@code highway=steps}). */
    public static final int STEPS = 1;

    private final int[] nodeLonE7;
    private final int[] nodeLatE7;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    // mm in an int: at most ~2,147 km per edge, far beyond any OSM segment.
    private final int[] edgeLength_mm;
    private final byte[] edgeFlags;
    private final int[] firstArc;
    private final int[] arcHead;
    private final int[] arcEdge;

    WalkGraph(
            int[] nodeLonE7,
            int[] nodeLatE7,
            int[] edgeFrom,
            int[] edgeTo,
            int[] edgeLength_mm,
            byte[] edgeFlags,
            int[] firstArc,
            int[] arcHead,
            int[] arcEdge) {
        this.nodeLonE7 = nodeLonE7;
        this.nodeLatE7 = nodeLatE7;
        this.edgeFrom = edgeFrom;
        this.edgeTo = edgeTo;
        this.edgeLength_mm = edgeLength_mm;
        this.edgeFlags = edgeFlags;
        this.firstArc = firstArc;
        this.arcHead = arcHead;
        this.arcEdge = arcEdge;
    }

    public int nodeCount() {
        return nodeLonE7.length;
    }

    public int edgeCount() {
        return edgeFrom.length;
    }

    /** Longitude of a node in 1e-7 degree. */
    public int lonE7(int node) {
        return nodeLonE7[node];
    }

    /** Latitude of a node in 1e-7 degree. */
    public int latE7(int node) {
        return nodeLatE7[node];
    }

    /** The node an edge was added from. */
    public int edgeFrom(int edge) {
        return edgeFrom[edge];
    }

    /** The node an edge was added to. */
    public int edgeTo(int edge) {
        return edgeTo[edge];
    }

    public int edgeLength_mm(int edge) {
        return edgeLength_mm[edge];
    }

    /** The edge's flags, a combination of {@link #STEPS}. */
    public int edgeFlags(int edge) {
        return edgeFlags[edge];
    }

    public boolean isSteps(int edge) {
        return (edgeFlags[edge] & STEPS) != 0;
    }

    /** First arc of {@code node}; the node's arcs end before {@code firstArc(node + 1)}. */
    public int firstArc(int node) {
        return firstArc[node];
    }

    /** The node an arc leads to. */
    public int arcHead(int arc) {
        return arcHead[arc];
    }

    /** The edge an arc walks along. */
    public int arcEdge(int arc) {
        return arcEdge[arc];
    }

    /** Number of arcs, twice the number of edges. */
    public int arcCount() {
        return arcHead.length;
    }
}
