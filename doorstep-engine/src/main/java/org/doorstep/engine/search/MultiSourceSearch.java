package org.doorstep.engine.search;

import java.util.Arrays;
import org.doorstep.engine.graph.WalkGraph;

/**
 * Dijkstra's search from many sources at once over one profile's edge times: every node gets the shortest time from
 * any seed and the source it came from. Among sources at the same time the lower source id wins, at every node, so
 * the result does not depend on the order of the seeds or of the queue.
 *
 * <p>Use: {@link #start(int)}, {@link #addSeed} for each seed, {@link #run()}, then read {@link #bestTime_ms(int)} and
 * {@link #nearestSource(int)} or walk the reached nodes with {@link #reachedCount()} and {@link #reachedNode(int)}. The
 * arrays are allocated once per graph and reset through the list of reached nodes (GraphHopper's
 * {@code DijkstraOneToMany}), so that a bounded search costs only what it reaches. Reusable, not thread-safe: use one
 * per thread.
 */
public final class MultiSourceSearch {

    /** Bound that lets the search cover the whole graph; times must stay below {@link Integer#MAX_VALUE}. */
    public static final int UNBOUNDED = Integer.MAX_VALUE - 1;

    private final WalkGraph graph;
    private final int[] edgeTime_ms;
    private final int[] bestTime_ms;
    private final int[] source;
    private final int[] reached;
    private final LongMinHeap queue;
    private int reachedCount;
    private int bound_ms = UNBOUNDED;

    /**
     * @param edgeTime_ms walking time of every edge in ms, indexed by edge id (see {@code WalkProfile.edgeTimes_ms})
     */
    public MultiSourceSearch(WalkGraph graph, int[] edgeTime_ms) {
        if (edgeTime_ms.length != graph.edgeCount()) {
            throw new IllegalArgumentException(
                    edgeTime_ms.length + " edge times for a graph of " + graph.edgeCount() + " edges");
        }
        this.graph = graph;
        this.edgeTime_ms = edgeTime_ms;
        this.bestTime_ms = new int[graph.nodeCount()];
        this.source = new int[graph.nodeCount()];
        this.reached = new int[graph.nodeCount()];
        this.queue = new LongMinHeap(1024);
        Arrays.fill(bestTime_ms, Integer.MAX_VALUE);
        Arrays.fill(source, -1);
    }

    /**
     * Forgets the previous search and starts a new one that reaches only nodes within {@code bound_ms}.
     *
     * @param bound_ms largest time of interest, 0..{@link #UNBOUNDED}
     */
    public void start(int bound_ms) {
        if (bound_ms < 0 || bound_ms > UNBOUNDED) {
            throw new IllegalArgumentException("search bound must be 0.." + UNBOUNDED + " ms, got " + bound_ms);
        }
        for (int i = 0; i < reachedCount; i++) {
            bestTime_ms[reached[i]] = Integer.MAX_VALUE;
            source[reached[i]] = -1;
        }
        reachedCount = 0;
        queue.clear();
        this.bound_ms = bound_ms;
    }

    /**
     * Seeds {@code node} with a starting time from a source; a seed beyond the bound is ignored, and of several seeds
     * on one node the earliest (then the lowest source) counts.
     *
     * @param sourceId a non-negative id reported back by {@link #nearestSource(int)}
     */
    public void addSeed(int node, int time_ms, int sourceId) {
        if (time_ms < 0 || sourceId < 0) {
            throw new IllegalArgumentException("seed at node " + node + ": time " + time_ms + " ms and source "
                    + sourceId + " must not be negative");
        }
        if (time_ms <= bound_ms) {
            offer(node, time_ms, sourceId);
        }
    }

    /** Runs the search from the seeds added since {@link #start(int)}. */
    public void run() {
        while (!queue.isEmpty()) {
            long entry = queue.poll();
            int node = (int) entry;
            long time = entry >>> 32;
            if (time != bestTime_ms[node]) {
                continue; // stale: the node was improved after this entry was queued
            }
            int from = source[node];
            for (int arc = graph.firstArc(node); arc < graph.firstArc(node + 1); arc++) {
                long next = time + edgeTime_ms[graph.arcEdge(arc)];
                if (next <= bound_ms) {
                    offer(graph.arcHead(arc), (int) next, from);
                }
            }
        }
    }

    /**
     * Improves a node's label. A node already settled at the same time whose source improves goes back into the queue,
     * so that the lower source spreads along zero-time edges too; sources only decrease, so this ends.
     */
    private void offer(int node, int time_ms, int sourceId) {
        int current = bestTime_ms[node];
        if (time_ms < current || (time_ms == current && sourceId < source[node])) {
            if (current == Integer.MAX_VALUE) {
                reached[reachedCount++] = node;
            }
            bestTime_ms[node] = time_ms;
            source[node] = sourceId;
            // Also when only the source improved: the node may have been settled already and must spread it again.
            // Were it still queued, the second entry runs it once more with no effect (offers must improve).
            queue.push((long) time_ms << 32 | node);
        }
    }

    /** Shortest time from any seed in ms, or {@link Integer#MAX_VALUE} if the node was not reached within the bound. */
    public int bestTime_ms(int node) {
        return bestTime_ms[node];
    }

    /** The source of the shortest time (lowest source id among equals), or -1 if the node was not reached. */
    public int nearestSource(int node) {
        return source[node];
    }

    /** Number of nodes reached by the last search. */
    public int reachedCount() {
        return reachedCount;
    }

    /** The {@code i}-th node reached by the last search, {@code 0 <= i < reachedCount()}, in the order reached. */
    public int reachedNode(int i) {
        return reached[i];
    }
}
