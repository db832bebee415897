package org.doorstep.bench;

import java.util.Arrays;
import org.doorstep.engine.graph.WalkGraph;

/**
 * The limit the engine's search is measured against: the plainest fast multi-source Dijkstra over {@link WalkGraph}'s
 * arrays. A binary heap of {@code time << 32 | node} longs with lazy deletion (a settled node's stale entries are
 * skipped), fresh arrays per call, no bound, no reuse tricks. Stateless; thread-safe.
 */
final class BareDijkstraSweep {

    private BareDijkstraSweep() {}

    /**
     * Earliest arrival per node from any seed.
     *
     * @param edgeTime_ms walking time of every edge, indexed by edge id, non-negative
     * @param seedNode the node of each seed (a facility's snapped node)
     * @param seedTime_ms the time already spent reaching that node (walking from the facility to the network)
     * @return time per node in ms, {@link Integer#MAX_VALUE} where no seed reaches it
     */
    static int[] sweep(WalkGraph graph, int[] edgeTime_ms, int[] seedNode, int[] seedTime_ms) {
        int[] best = new int[graph.nodeCount()];
        Arrays.fill(best, Integer.MAX_VALUE);
        LongHeap heap = new LongHeap(Math.max(16, seedNode.length * 4));
        for (int i = 0; i < seedNode.length; i++) {
            if (seedTime_ms[i] < best[seedNode[i]]) {
                best[seedNode[i]] = seedTime_ms[i];
                heap.push((long) seedTime_ms[i] << 32 | seedNode[i]);
            }
        }
        while (!heap.isEmpty()) {
            long top = heap.pop();
            int node = (int) top;
            int time = (int) (top >>> 32);
            if (time > best[node]) {
                continue; // stale entry of a node settled earlier
            }
            for (int arc = graph.firstArc(node), end = graph.firstArc(node + 1); arc < end; arc++) {
                int head = graph.arcHead(arc);
                int arrival = time + edgeTime_ms[graph.arcEdge(arc)];
                if (arrival < best[head]) {
                    best[head] = arrival;
                    heap.push((long) arrival << 32 | head);
                }
            }
        }
        return best;
    }

    /** Binary min-heap of longs; ties between equal times go to the lower node because the node is the low word. */
    private static final class LongHeap {
        private long[] items;
        private int size;

        LongHeap(int capacity) {
            items = new long[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(long item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (items[parent] <= item) {
                    break;
                }
                items[i] = items[parent];
                i = parent;
            }
            items[i] = item;
        }

        long pop() {
            long top = items[0];
            long last = items[--size];
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                if (child + 1 < size && items[child + 1] < items[child]) {
                    child++;
                }
                if (last <= items[child]) {
                    break;
                }
                items[i] = items[child];
                i = child;
            }
            items[i] = last;
            return top;
        }
    }
}
