package org.doorstep.bench;

import java.util.Arrays;

/**
 * The minimum over runs of each phase of a pipeline and of the runs' totals, in nanoseconds. The minimum, not the mean:
 * on a machine shared with other work, noise only ever adds time. The minimal total is at least the sum of the minimal
 * phases. Not thread-safe.
 */
final class PhaseTimes {

    private final String[] names;
    private final long[] min_ns;
    private long minTotal_ns = Long.MAX_VALUE;
    private int runs;

    PhaseTimes(String... names) {
        this.names = names.clone();
        this.min_ns = new long[names.length];
        Arrays.fill(min_ns, Long.MAX_VALUE);
    }

    void record(long... phase_ns) {
        if (phase_ns.length != names.length) {
            throw new IllegalArgumentException("expected " + names.length + " phases, got " + phase_ns.length);
        }
        long total = 0;
        for (int i = 0; i < phase_ns.length; i++) {
            min_ns[i] = Math.min(min_ns[i], phase_ns[i]);
            total += phase_ns[i];
        }
        minTotal_ns = Math.min(minTotal_ns, total);
        runs++;
    }

    /** Forgets warm-up runs. */
    void clear() {
        Arrays.fill(min_ns, Long.MAX_VALUE);
        minTotal_ns = Long.MAX_VALUE;
        runs = 0;
    }

    int phaseCount() {
        return names.length;
    }

    String[] names() {
        return names.clone();
    }

    String name(int phase) {
        return names[phase];
    }

    double min_ms(int phase) {
        return min_ns[phase] / 1e6;
    }

    double minTotal_ms() {
        return minTotal_ns / 1e6;
    }

    int runs() {
        return runs;
    }
}
