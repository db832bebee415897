package org.doorstep.engine.search;

import java.util.Arrays;

/**
 * A binary min-heap of {@code long} keys in one growing array, for Dijkstra with lazy deletion: a search pushes
 * {@code time << 32 | node} and skips the stale entries of nodes improved since, instead of moving them (no
 * decrease-key). Equal times come out in ascending node order, as from {@link IntMinHeap}.
 *
 * <p>Why not {@link IntMinHeap}: its decrease-key keeps a position per node in an array as large as the graph, written
 * at every step of a sift; on the generated 200k-node city a JFR profile put 75% of the per-facility searches in its
 * {@code siftDown} and {@code insertOrDecrease}, nearly all of it cache misses on that array. This heap touches only its
 * own few hundred entries. Not thread-safe.
 */
public final class LongMinHeap {

    private long[] items;
    private int size;

    /** An empty heap with room for {@code capacity} entries before it grows. */
    public LongMinHeap(int capacity) {
        items = new long[Math.max(16, capacity)];
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    public void push(long item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long above = items[parent];
            if (above <= item) {
                break;
            }
            items[i] = above;
            i = parent;
        }
        items[i] = item;
    }

    /** Removes and returns the smallest entry; the heap must not be empty. */
    public long poll() {
        if (size == 0) {
            throw new IllegalStateException("the heap is empty");
        }
        long[] a = items;
        long top = a[0];
        long last = a[--size];
        int n = size;
        int i = 0;
        int child;
        while ((child = 2 * i + 1) < n) {
            long c = a[child];
            if (child + 1 < n && a[child + 1] < c) {
                c = a[++child];
            }
            if (last <= c) {
                break;
            }
            a[i] = c;
            i = child;
        }
        a[i] = last;
        return top;
    }
}
