package org.doorstep.engine.graph;

/**
 * Where a list of points (buildings, facilities) joins the walking graph, as columns indexed by the point's id in that
 * list. A snapped point lies on edge {@link #edge(int)} at {@link #offset_mm(int)} from the edge's {@code edgeFrom} node
 * (at most the edge's length) and is {@link #distance_mm(int)} away from that spot in a straight line. An unsnapped
 * point (nothing walkable within the snapper's maximum distance) has edge -1 and offset and distance 0.
 *
 * <p>{@link #avoidedIsland(int)} marks a point whose nearest edge lay on an island ({@link GraphIslands}): it was
 * snapped to the nearest other edge, or left unsnapped if none was close enough. Immutable and thread-safe; made by
 * {@link EdgeSnapper}.
 */
public final class Snaps {

    private final int[] edge;
    private final int[] offset_mm;
    private final int[] distance_mm;
    private final boolean[] avoidedIsland;

    Snaps(int[] edge, int[] offset_mm, int[] distance_mm, boolean[] avoidedIsland) {
        this.edge = edge;
        this.offset_mm = offset_mm;
        this.distance_mm = distance_mm;
        this.avoidedIsland = avoidedIsland;
    }

    /** Number of points. */
    public int size() {
        return edge.length;
    }

    /** The edge the point is snapped to, or -1 when unsnapped. */
    public int edge(int point) {
        return edge[point];
    }

    public boolean isSnapped(int point) {
        return edge[point] >= 0;
    }

    /** Distance along the edge from its {@code edgeFrom} node to the snapped spot, in mm; 0 when unsnapped. */
    public int offset_mm(int point) {
        return offset_mm[point];
    }

    /** Straight-line distance from the point to the snapped spot, in mm; 0 when unsnapped. */
    public int distance_mm(int point) {
        return distance_mm[point];
    }

    /** True when the point's nearest edge lay on an island, which was therefore not used. */
    public boolean avoidedIsland(int point) {
        return avoidedIsland[point];
    }

    /** Number of points with no walkable edge within the maximum snap distance. */
    public int unsnappedCount() {
        int count = 0;
        for (int e : edge) {
            if (e < 0) {
                count++;
            }
        }
        return count;
    }

    /** Number of points that would have snapped to an island. */
    public int avoidedIslandCount() {
        int count = 0;
        for (boolean avoided : avoidedIsland) {
            if (avoided) {
                count++;
            }
        }
        return count;
    }
}
