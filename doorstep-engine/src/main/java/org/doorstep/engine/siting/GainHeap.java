package org.doorstep.engine.siting;

/**
 * A binary max-heap of candidates keyed by a (possibly stale) gain; equal keys pop the lower candidate id first, which
 * makes the lazy greedy deterministic. Primitive arrays, no boxing. Not thread-safe.
 */
final class GainHeap {

    private final double[] key;
    private final int[] item;
    private int size;

    GainHeap(int capacity) {
        this.key = new double[capacity];
        this.item = new int[capacity];
    }

    boolean isEmpty() {
        return size == 0;
    }

    int topItem() {
        return item[0];
    }

    double topKey() {
        return key[0];
    }

    /** Whether (keyA, itemA) pops before (keyB, itemB). */
    static boolean before(double keyA, int itemA, double keyB, int itemB) {
        return keyA > keyB || (keyA == keyB && itemA < itemB);
    }

    void push(double k, int candidate) {
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(k, candidate, key[parent], item[parent])) {
                break;
            }
            key[i] = key[parent];
            item[i] = item[parent];
            i = parent;
        }
        key[i] = k;
        item[i] = candidate;
    }

    void pop() {
        size--;
        double k = key[size];
        int candidate = item[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(key[child + 1], item[child + 1], key[child], item[child])) {
                child++;
            }
            if (!before(key[child], item[child], k, candidate)) {
                break;
            }
            key[i] = key[child];
            item[i] = item[child];
            i = child;
        }
        key[i] = k;
        item[i] = candidate;
    }
}
