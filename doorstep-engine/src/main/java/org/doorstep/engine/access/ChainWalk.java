package org.doorstep.engine.access;

import java.util.Arrays;
import org.doorstep.engine.graph.WalkGraph;

/**
 * Builds the chains of a {@link ChainGraph}: walks from a junction along each of its edges not yet on a chain, through
 * degree-2 nodes, to the next junction, numbering the chains in the order found and filling the graph's per-edge
 * columns. Not thread-safe; used once, by the constructor.
 */
final class ChainWalk {

    private final ChainGraph chains;
    private final WalkGraph graph;
    private int[] start = new int[1024];
    private int[] end = new int[1024];
    private long[] time_ms = new long[1024];
    private int count;
    // The chains' edges from start to end, chain after chain: chain c's are firstEdge[c] .. firstEdge[c + 1] - 1.
    private final int[] edgesInOrder;
    private int[] firstEdge = new int[1025];
    private int edgeCount;

    ChainWalk(ChainGraph chains) {
        this.chains = chains;
        this.graph = chains.graph;
        this.edgesInOrder = new int[graph.edgeCount()];
    }

    /** Every chain leaving junction {@code v} along an edge that is on no chain yet, in arc order. */
    void allFrom(int v) {
        for (int arc = graph.firstArc(v); arc < graph.firstArc(v + 1); arc++) {
            if (chains.chainOf[graph.arcEdge(arc)] < 0) {
                walk(v, arc);
            }
        }
    }

    private void walk(int first, int firstArc) {
        int chain = count;
        grow();
        long along = 0;
        int node = first;
        int arc = firstArc;
        while (true) {
            int e = graph.arcEdge(arc);
            int head = graph.arcHead(arc);
            chains.chainOf[e] = chain;
            edgesInOrder[edgeCount++] = e;
            long after = along + chains.edgeTime_ms[e];
            boolean forward = graph.edgeFrom(e) == node;
            chains.alongAtFrom_ms[e] = forward ? along : after;
            chains.alongAtTo_ms[e] = forward ? after : along;
            along = after;
            node = head;
            if (chains.junction[node]) {
                break;
            }
            arc = otherArc(node, e);
        }
        start[chain] = first;
        end[chain] = node;
        time_ms[chain] = along;
        count++;
        firstEdge[count] = edgeCount;
    }

    /** The arc of degree-2 node {@code v} that is not along edge {@code e} (parallel edges differ by id). */
    private int otherArc(int v, int e) {
        int arc = graph.firstArc(v);
        return graph.arcEdge(arc) == e ? arc + 1 : arc;
    }

    /** The lowest node on the cycle of degree-2 nodes through edge {@code e}. */
    int lowestOnCycle(int e) {
        int lowest = graph.edgeFrom(e);
        int node = graph.edgeTo(e);
        int edge = e;
        while (node != graph.edgeFrom(e)) {
            lowest = Math.min(lowest, node);
            int arc = otherArc(node, edge);
            edge = graph.arcEdge(arc);
            node = graph.arcHead(arc);
        }
        return lowest;
    }

    private void grow() {
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            end = Arrays.copyOf(end, count * 2);
            time_ms = Arrays.copyOf(time_ms, count * 2);
            firstEdge = Arrays.copyOf(firstEdge, count * 2 + 1);
        }
    }

    int[] starts() {
        return Arrays.copyOf(start, count);
    }

    int[] ends() {
        return Arrays.copyOf(end, count);
    }

    /** Where each chain's edges start in {@link #edgesInOrder()}, one more entry than chains. */
    int[] firstEdges() {
        return Arrays.copyOf(firstEdge, count + 1);
    }

    /** Every edge, chain after chain, each chain's from its start junction to its end junction. */
    int[] edgesInOrder() {
        return edgesInOrder;
    }

    long[] times() {
        return Arrays.copyOf(time_ms, count);
    }
}
