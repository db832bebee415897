package org.doorstep.bench;

import java.util.Arrays;

/**
 * How close two engines' nearest-facility times are over the buildings both reached: the median and 95th percentile of
 * the absolute difference, and the share within a tolerance. A report, not a test: GraphHopper snaps and weighs ways
 * differently, so the times are not expected to be identical.
 *
 * @param compared buildings with a time from both sides
 * @param onlyFirst buildings reached by the first side only
 * @param onlySecond buildings reached by the second side only
 * @param medianDiff_ms median absolute difference, 0 when nothing was compared
 * @param p95Diff_ms 95th percentile of the absolute difference (nearest rank), 0 when nothing was compared
 * @param withinShare share of compared buildings whose difference is at most the tolerance, 0..1
 */
record Agreement(
        long compared, long onlyFirst, long onlySecond, long medianDiff_ms, long p95Diff_ms, double withinShare) {

    static final int NONE = Integer.MAX_VALUE;

    /** Compares times per building, {@link #NONE} meaning unreached, pooled over several categories. */
    static Agreement of(int[][] first_ms, int[][] second_ms, long tolerance_ms) {
        long[] diffs = new long[totalLength(first_ms)];
        int compared = 0;
        long onlyFirst = 0;
        long onlySecond = 0;
        for (int c = 0; c < first_ms.length; c++) {
            for (int b = 0; b < first_ms[c].length; b++) {
                int a = first_ms[c][b];
                int z = second_ms[c][b];
                if (a != NONE && z != NONE) {
                    diffs[compared++] = Math.abs((long) a - z);
                } else if (a != NONE) {
                    onlyFirst++;
                } else if (z != NONE) {
                    onlySecond++;
                }
            }
        }
        if (compared == 0) {
            return new Agreement(0, onlyFirst, onlySecond, 0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(diffs, compared);
        Arrays.sort(sorted);
        long within = Arrays.stream(sorted).filter(d -> d <= tolerance_ms).count();
        return new Agreement(
                compared,
                onlyFirst,
                onlySecond,
                sorted[(compared - 1) / 2],
                sorted[(int) Math.ceil(0.95 * compared) - 1],
                within / (double) compared);
    }

    private static int totalLength(int[][] arrays) {
        int n = 0;
        for (int[] a : arrays) {
            n += a.length;
        }
        return n;
    }
}
