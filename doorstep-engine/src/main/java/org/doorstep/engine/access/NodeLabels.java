package org.doorstep.engine.access;

import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.search.IntMinHeap;
import org.doorstep.engine.search.MultiSourceSearch;

/**
 * The node labels of a category's multi-source search kept between what-if changes, and their repair. A label is the
 * lexicographic minimum over the open facilities f of (time from f, f): the shortest time, then the lowest facility
 * id, exactly what {@link MultiSourceSearch} gives. Hence opening a facility changes only the nodes where its (time,
 * id) beats the label, and closing f only the nodes labelled f; both are repaired by a Dijkstra search that starts
 * from the current labels and offers only improvements, so it stops where the labels hold. Not thread-safe.
 */
final class NodeLabels {

    private final WalkGraph graph;
    private final int[] edgeTime_ms;
    private final int[] time_ms;
    private final int[] source;
    private final IntMinHeap queue;
    // Nodes whose label changed during the current change, each once (marked with the change's number).
    private final int[] touched;
    private final int[] touchedIn;
    private int touchedCount;
    private int change;

    /** The labels of {@code walk}'s last search, which must have been an unbounded one. */
    NodeLabels(WalkAccess walk) {
        this.graph = walk.graph;
        this.edgeTime_ms = walk.edgeTime_ms;
        int n = graph.nodeCount();
        this.time_ms = new int[n];
        this.source = new int[n];
        for (int node = 0; node < n; node++) {
            time_ms[node] = walk.search.bestTime_ms(node);
            source[node] = walk.search.nearestSource(node);
        }
        this.queue = new IntMinHeap(n);
        this.touched = new int[n];
        this.touchedIn = new int[n];
    }

    int time_ms(int node) {
        return time_ms[node];
    }

    int source(int node) {
        return source[node];
    }

    /** Starts a change: the touched list empties. */
    void beginChange() {
        change++;
        touchedCount = 0;
    }

    int touchedCount() {
        return touchedCount;
    }

    int touchedNode(int i) {
        return touched[i];
    }

    /** Lowers a node's label if (time, source) beats it, and queues the node. */
    void offer(int node, int t, int sourceId) {
        int current = time_ms[node];
        if (t < current || (t == current && sourceId < source[node])) {
            touch(node);
            time_ms[node] = t;
            source[node] = sourceId;
            queue.insertOrDecrease(node, t);
        }
    }

    /** Propagates the queued improvements (see {@code MultiSourceSearch.run}). */
    void run() {
        while (!queue.isEmpty()) {
            int node = queue.poll();
            long t = time_ms[node];
            int from = source[node];
            for (int arc = graph.firstArc(node); arc < graph.firstArc(node + 1); arc++) {
                long next = t + edgeTime_ms[graph.arcEdge(arc)];
                if (next <= MultiSourceSearch.UNBOUNDED) {
                    offer(graph.arcHead(arc), (int) next, from);
                }
            }
        }
    }

    /**
     * Forgets the labels of the region served by facility {@code f}, standing on edge {@code e}, and returns the index
     * in the touched list where the region starts (it runs to the list's end). The region is connected through f's
     * edge: a node's predecessor on its shortest path from f is labelled f as well, or the other source would win the
     * node too. Then queues what the nodes outside the region, one edge away, offer to it.
     */
    int resetRegion(int f, int e) {
        int start = touchedCount;
        resetIfFrom(graph.edgeFrom(e), f);
        resetIfFrom(graph.edgeTo(e), f);
        for (int i = start; i < touchedCount; i++) {
            int node = touched[i];
            for (int arc = graph.firstArc(node); arc < graph.firstArc(node + 1); arc++) {
                resetIfFrom(graph.arcHead(arc), f);
            }
        }
        for (int i = start; i < touchedCount; i++) {
            int node = touched[i];
            for (int arc = graph.firstArc(node); arc < graph.firstArc(node + 1); arc++) {
                int neighbour = graph.arcHead(arc);
                if (time_ms[neighbour] != Integer.MAX_VALUE) {
                    long t = (long) time_ms[neighbour] + edgeTime_ms[graph.arcEdge(arc)];
                    if (t <= MultiSourceSearch.UNBOUNDED) {
                        offer(node, (int) t, source[neighbour]);
                    }
                }
            }
        }
        return start;
    }

    private void resetIfFrom(int node, int f) {
        if (source[node] == f) {
            touch(node);
            time_ms[node] = Integer.MAX_VALUE;
            source[node] = -1;
        }
    }

    private void touch(int node) {
        if (touchedIn[node] != change) {
            touchedIn[node] = change;
            touched[touchedCount++] = node;
        }
    }
}
