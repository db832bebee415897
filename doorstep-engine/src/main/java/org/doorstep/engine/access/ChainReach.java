package org.doorstep.engine.access;

import java.util.Arrays;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.search.LongMinHeap;

/**
 * The buildings one point on the graph (a facility) reaches within a bound, with their times, exactly as {@link
 * ReachCollector} times them, but searched over the {@link ChainGraph}: Dijkstra settles only junctions, then every
 * chain next to a settled junction (and the point's own chain) times the buildings on its edges from the times of its
 * two ends. A node inside a chain is reached only along the chain, so its time is the least of its ends' times plus
 * the way along, or, on the point's own chain, of the point's two seeds plus the way between; that is the time the
 * search over the whole graph gives it, with the same integer sums.
 *
 * <p>Each row comes sorted by building id (not in the order a search met them), so that it does not depend on how it
 * was searched. Why: on the generated 2M-node city the whole-graph search of {@code ReachCollector} cost 0.24 ms per
 * facility (CPU, JFR: three quarters of it heap and label updates over nodes of degree 2); 120,011 facilities made it
 * the largest phase. Not thread-safe: one per thread.
 */
final class ChainReach {

    private static final long FAR = Long.MAX_VALUE / 4;

    private final ChainGraph chains;
    private final WalkGraph graph;
    private final ChainBuildings placed;
    private int bound_ms;
    private final int[] junctionTime_ms;
    private final int[] settled;
    private final int[] chainSeenBy;
    private final LongMinHeap queue = new LongMinHeap(256);
    private int settledCount;
    private int touchedCount;
    private final int[] touched;
    private int calls;
    // The point of the current search: its edge's chain, and its seeds at the edge's ends with their places on it.
    private int pointChain;
    private long seedFrom_ms;
    private long seedTo_ms;
    private long seedFromAlong_ms;
    private long seedToAlong_ms;
    private long[] row = new long[256];
    private int rowSize;

    ChainReach(ChainGraph chains, ChainBuildings placed) {
        this.chains = chains;
        this.graph = chains.graph;
        this.placed = placed;
        junctionTime_ms = new int[graph.nodeCount()];
        Arrays.fill(junctionTime_ms, Integer.MAX_VALUE);
        settled = new int[graph.nodeCount()];
        touched = new int[graph.nodeCount()];
        chainSeenBy = new int[chains.chainCount()];
    }

    /**
     * Appends to {@code out} the buildings reached within {@code bound_ms} from a point on edge {@code e} (not -1)
     * whose ends it reaches after {@code atFrom_ms} and {@code atTo_ms}, {@code along_ms} from the edge's from-node and
     * {@code walk_ms} off it, sorted by building id.
     */
    void collect(int e, int along_ms, int walk_ms, int atFrom_ms, int atTo_ms, int bound_ms, PairColumns out) {
        start();
        this.bound_ms = bound_ms;
        pointChain = chains.chainOf[e];
        seedFrom_ms = atFrom_ms;
        seedTo_ms = atTo_ms;
        seedFromAlong_ms = chains.alongAtFrom_ms[e];
        seedToAlong_ms = chains.alongAtTo_ms[e];
        seed(graph.edgeFrom(e), atFrom_ms, seedFromAlong_ms);
        seed(graph.edgeTo(e), atTo_ms, seedToAlong_ms);
        run();
        rowSize = 0;
        visitChain(pointChain, e, along_ms, walk_ms);
        for (int i = 0; i < settledCount; i++) {
            int v = settled[i];
            for (int link = chains.firstLink[v]; link < chains.firstLink[v + 1]; link++) {
                visitChain(chains.linkChain[link], e, along_ms, walk_ms);
            }
        }
        Arrays.sort(row, 0, rowSize);
        for (int i = 0; i < rowSize; i++) {
            out.add((int) (row[i] >>> 32), (int) row[i]);
        }
    }

    private void start() {
        for (int i = 0; i < touchedCount; i++) {
            junctionTime_ms[touched[i]] = Integer.MAX_VALUE;
        }
        touchedCount = 0;
        settledCount = 0;
        queue.clear();
        calls++;
    }

    /** A seed on node v: itself if a junction, else both ends of its chain (the point's own). */
    private void seed(int v, long time_ms, long along_ms) {
        if (chains.junction[v]) {
            offer(v, time_ms);
        } else {
            int c = pointChain;
            offer(chains.chainStart[c], time_ms + along_ms);
            offer(chains.chainEnd[c], time_ms + chains.chainTime_ms[c] - along_ms);
        }
    }

    private void offer(int v, long time_ms) {
        if (time_ms <= bound_ms && time_ms < junctionTime_ms[v]) {
            if (junctionTime_ms[v] == Integer.MAX_VALUE) {
                touched[touchedCount++] = v;
            }
            junctionTime_ms[v] = (int) time_ms;
            queue.push(time_ms << 32 | v);
        }
    }

    private void run() {
        while (!queue.isEmpty()) {
            long entry = queue.poll();
            int v = (int) entry;
            long time = entry >>> 32;
            if (time != junctionTime_ms[v]) {
                continue;
            }
            settled[settledCount++] = v;
            for (int link = chains.firstLink[v]; link < chains.firstLink[v + 1]; link++) {
                offer(chains.linkOther[link], time + chains.chainTime_ms[chains.linkChain[link]]);
            }
        }
    }

    private void visitChain(int c, int pointEdge, int along_ms, int walk_ms) {
        if (chainSeenBy[c] == calls) {
            return;
        }
        chainSeenBy[c] = calls;
        ChainBuildings on = placed;
        long atStart = at(chains.chainStart[c]);
        long atEnd = at(chains.chainEnd[c]);
        long length = chains.chainTime_ms[c];
        boolean own = c == pointChain;
        for (int i = on.first(c); i < on.end(c); i++) {
            long atFrom = nodeTime_ms(atStart, atEnd, length, own, on.alongAtFrom_ms[i]);
            long atTo = nodeTime_ms(atStart, atEnd, length, own, on.alongAtTo_ms[i]);
            long t = Math.min(atFrom + on.fromEnd_ms[i], atTo + on.toEnd_ms[i]) + on.walk_ms[i];
            if (on.edge[i] == pointEdge) {
                t = Math.min(t, (long) walk_ms + Math.abs(along_ms - on.along_ms[i]) + on.walk_ms[i]);
            }
            if (t <= bound_ms) {
                add(on.building[i], (int) t);
            }
        }
    }

    /**
     * The search's time at the node {@code along_ms} along a chain from its start, from the times at the chain's ends
     * (and on the point's own chain from its seeds): FAR or more if beyond the bound. At an end that is a junction this
     * is the junction's own time whenever that is within the bound, as its time is at most the other end's plus the
     * chain.
     */
    private long nodeTime_ms(long atStart, long atEnd, long length, boolean own, long along_ms) {
        long best = Math.min(atStart + along_ms, atEnd + length - along_ms);
        if (own) {
            best = Math.min(best, seedFrom_ms + Math.abs(along_ms - seedFromAlong_ms));
            best = Math.min(best, seedTo_ms + Math.abs(along_ms - seedToAlong_ms));
        }
        return best;
    }

    private long at(int junction) {
        int t = junctionTime_ms[junction];
        return t == Integer.MAX_VALUE ? FAR : t;
    }

    private void add(int b, int t) {
        if (rowSize == row.length) {
            row = Arrays.copyOf(row, rowSize * 2);
        }
        row[rowSize++] = (long) b << 32 | t;
    }
}
