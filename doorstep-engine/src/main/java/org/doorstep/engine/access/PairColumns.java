package org.doorstep.engine.access;

import java.util.Arrays;

/** Growing columns of (building, time) pairs, the rows of a reach appended one after another. Not thread-safe. */
final class PairColumns {

    private int[] building = new int[1024];
    private int[] time_ms = new int[1024];
    private int size;

    int size() {
        return size;
    }

    void add(int b, int t) {
        if (size == building.length) {
            building = Arrays.copyOf(building, size * 2);
            time_ms = Arrays.copyOf(time_ms, size * 2);
        }
        building[size] = b;
        time_ms[size] = t;
        size++;
    }

    /** The buildings column, trimmed to the pairs added. */
    int[] buildings() {
        return Arrays.copyOf(building, size);
    }

    /** The times column, trimmed to the pairs added. */
    int[] times_ms() {
        return Arrays.copyOf(time_ms, size);
    }
}
