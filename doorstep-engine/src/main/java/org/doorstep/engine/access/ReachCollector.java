package org.doorstep.engine.access;

import java.util.Arrays;

/**
 * Bounded searches from single points on the graph (a facility, a candidate site), each giving the buildings the point
 * reaches within the bound and their times, appended as (building, time) pairs to growing columns: the search from
 * both ends of the point's edge, then every building on an edge the search touched, timed through either end or, on
 * the point's own edge, straight along it. Uses the {@link WalkAccess}'s search; not thread-safe.
 */
final class ReachCollector {

    private final WalkAccess walk;
    private final int bound_ms;
    // The collect call that last timed a building, so that a building seen from both ends of its edge counts once.
    private final int[] seenBy;
    private int calls;
    private int[] building = new int[1024];
    private int[] time_ms = new int[1024];
    private int size;

    ReachCollector(WalkAccess walk, int bound_ms) {
        this.walk = walk;
        this.bound_ms = bound_ms;
        this.seenBy = new int[walk.buildings.size()];
    }

    /** Pairs collected since construction or the last {@link #clear()}. */
    int size() {
        return size;
    }

    int building(int pair) {
        return building[pair];
    }

    int time_ms(int pair) {
        return time_ms[pair];
    }

    void clear() {
        size = 0;
    }

    /** The buildings column, trimmed to the pairs collected. */
    int[] buildings() {
        return Arrays.copyOf(building, size);
    }

    /** The times column, trimmed to the pairs collected. */
    int[] times_ms() {
        return Arrays.copyOf(time_ms, size);
    }

    /**
     * Appends the buildings reached from a point on edge {@code e} (-1: unsnapped, nothing) {@code along_ms} from its
     * from-node and {@code walk_ms} off the network.
     */
    void collect(int e, int along_ms, int walk_ms) {
        if (e < 0) {
            return;
        }
        calls++;
        walk.search.start(bound_ms);
        walk.seed(e, along_ms, walk_ms, 0);
        walk.search.run();
        for (int i = 0; i < walk.search.reachedCount(); i++) {
            int node = walk.search.reachedNode(i);
            for (int arc = walk.graph.firstArc(node); arc < walk.graph.firstArc(node + 1); arc++) {
                visitEdge(walk.graph.arcEdge(arc), e, along_ms, walk_ms);
            }
        }
        // A long edge may hold the point and a building close together while neither end is within the bound.
        visitEdge(e, e, along_ms, walk_ms);
    }

    private void visitEdge(int e, int pointEdge, int along_ms, int walk_ms) {
        PlacedPoints buildings = walk.buildings;
        for (int i = buildings.firstOnEdge(e); i < buildings.endOnEdge(e); i++) {
            int b = buildings.pointAt(i);
            if (seenBy[b] != calls) {
                seenBy[b] = calls;
                long t = walk.timeViaSearch_ms(b);
                if (e == pointEdge) {
                    t = Math.min(t, walk.directTime_ms(along_ms, walk_ms, b));
                }
                if (t <= bound_ms) {
                    add(b, (int) t);
                }
            }
        }
    }

    private void add(int b, int t) {
        if (size == building.length) {
            building = Arrays.copyOf(building, size * 2);
            time_ms = Arrays.copyOf(time_ms, size * 2);
        }
        building[size] = b;
        time_ms[size] = t;
        size++;
    }
}
