package org.doorstep.engine.access;

import java.util.Arrays;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.search.LongMinHeap;
import org.doorstep.engine.search.MultiSourceSearch;
import org.jspecify.annotations.Nullable;

/**
 * The unbounded multi-source search of the nearest facility over the {@link ChainGraph}: the same label at every node
 * as {@link MultiSourceSearch} (the earliest time from any seed, then the lowest source), because both are the least
 * (time, source) over all walks from the seeds. Dijkstra settles the junctions only, a seed inside a chain entering it
 * at both ends of its chain; then each chain is swept from its start and back from its end, every inner node taking
 * the better of its own seed and its neighbours' labels plus the edge between.
 *
 * <p>Why: one category's whole-graph search on the generated 2M-node city took about 1 s of CPU, 13 categories a
 * third of the evaluation; the junctions are a tenth of the nodes and the sweeps read the chains in order. Reusable,
 * not thread-safe: one per thread.
 */
final class ChainSweep {

    private final ChainGraph chains;
    private final WalkGraph graph;
    private final int[] time_ms;
    private final int[] source;
    private final LongMinHeap queue = new LongMinHeap(1 << 14);
    private final @Nullable ChainBuildings only;

    /**
     * @param only when given, only the chains holding some of these buildings are swept, and the labels of the inner
     *     nodes of other chains stay unset: the nearest-facility pass reads the nodes at its buildings' edges only, and
     *     on Liechtenstein JFR put the sweeps of all chains for all 13 categories above the search itself
     */
    ChainSweep(ChainGraph chains, @Nullable ChainBuildings only) {
        this.chains = chains;
        this.only = only;
        this.graph = chains.graph;
        time_ms = new int[graph.nodeCount()];
        source = new int[graph.nodeCount()];
    }

    /** Forgets the last search. */
    void start() {
        Arrays.fill(time_ms, Integer.MAX_VALUE);
        Arrays.fill(source, -1);
        queue.clear();
    }

    /** Seeds node v of edge e at {@code seed_ms} from source {@code sourceId}; v is one of e's ends. */
    void addSeed(int e, int v, int seed_ms, int sourceId) {
        if (chains.junction[v]) {
            offer(v, seed_ms, sourceId);
            return;
        }
        if (better(seed_ms, sourceId, v)) {
            time_ms[v] = seed_ms;
            source[v] = sourceId;
        }
        int c = chains.chainOf[e];
        long along = v == graph.edgeFrom(e) ? chains.alongAtFrom_ms[e] : chains.alongAtTo_ms[e];
        offer(chains.chainStart[c], seed_ms + along, sourceId);
        offer(chains.chainEnd[c], seed_ms + chains.chainTime_ms[c] - along, sourceId);
    }

    /** Runs the search from the seeds added since {@link #start()}. */
    void run() {
        while (!queue.isEmpty()) {
            long entry = queue.poll();
            int v = (int) entry;
            long time = entry >>> 32;
            if (time != time_ms[v]) {
                continue; // stale: improved since queued
            }
            int from = source[v];
            for (int link = chains.firstLink[v]; link < chains.firstLink[v + 1]; link++) {
                offer(chains.linkOther[link], time + chains.chainTime_ms[chains.linkChain[link]], from);
            }
        }
        for (int c = 0; c < chains.chainCount(); c++) {
            if (only == null || only.end(c) > only.first(c)) {
                sweepForward(c);
                sweepBack(c);
            }
        }
    }

    /** Earliest time at the node in ms, {@link Integer#MAX_VALUE} if unreached (or on a chain left unswept). */
    int time_ms(int node) {
        return time_ms[node];
    }

    /** Source of the earliest time (lowest among equals), -1 if unreached. */
    int source(int node) {
        return source[node];
    }

    /** Like {@code MultiSourceSearch.offer}: a junction whose only source improves is queued again to spread it. */
    private void offer(int v, long t, int sourceId) {
        if (t <= MultiSourceSearch.UNBOUNDED && better(t, sourceId, v)) {
            time_ms[v] = (int) t;
            source[v] = sourceId;
            queue.push(t << 32 | v);
        }
    }

    private boolean better(long t, int sourceId, int v) {
        return t < time_ms[v] || (t == time_ms[v] && sourceId < source[v]);
    }

    /** Inner nodes from the start: the better of their own seed and the previous node's label plus the edge. */
    private void sweepForward(int c) {
        int node = chains.chainStart[c];
        for (int i = chains.firstChainEdge[c]; i < chains.firstChainEdge[c + 1] - 1; i++) {
            int e = chains.chainEdge[i];
            int next = graph.edgeFrom(e) == node ? graph.edgeTo(e) : graph.edgeFrom(e);
            pass(node, next, e);
            node = next;
        }
    }

    /** Inner nodes from the end back: the better of their forward label and the next node's label plus the edge. */
    private void sweepBack(int c) {
        int node = chains.chainEnd[c];
        for (int i = chains.firstChainEdge[c + 1] - 1; i > chains.firstChainEdge[c]; i--) {
            int e = chains.chainEdge[i];
            int previous = graph.edgeFrom(e) == node ? graph.edgeTo(e) : graph.edgeFrom(e);
            pass(node, previous, e);
            node = previous;
        }
    }

    private void pass(int from, int to, int e) {
        if (time_ms[from] != Integer.MAX_VALUE) {
            long t = (long) time_ms[from] + chains.edgeTime_ms[e];
            if (t <= MultiSourceSearch.UNBOUNDED && better(t, source[from], to)) {
                time_ms[to] = (int) t;
                source[to] = source[from];
            }
        }
    }
}
