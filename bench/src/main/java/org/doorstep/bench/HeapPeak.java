package org.doorstep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap of one stretch of work, from the JVM's memory pools: {@link #start()} collects garbage and resets every
 * heap pool's peak, {@link #peak_bytes()} sums the pools' peaks since. The sum is an upper bound of the heap actually
 * occupied at any one moment (the pools may peak at different moments), and it includes garbage the collector had not
 * yet reclaimed, which with a large {@code -Xmx} can be much. {@link #live_bytes()} is the other bound: what stays
 * reachable after a full collection while the result is still held. Sampling {@code Runtime} after the run instead would
 * miss the transient peak altogether.
 */
final class HeapPeak {

    private HeapPeak() {}

    static void start() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static long peak_bytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Heap in use after a full collection; call while the result of the measured work is still referenced. */
    static long live_bytes() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
