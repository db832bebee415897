package org.doorstep.engine.access;

import java.util.Arrays;
import org.doorstep.engine.graph.Snaps;

/**
 * The buildings that arbitrary points (candidate sites for new facilities) reach within a bound, with their walking
 * times: compressed rows, point by point, buildings in the order the point's search met them. A point is placed exactly
 * as a facility would be ({@link WalkAccess}'s walking model), so each time equals what a full analysis would give if
 * the point were a facility of the city; a building beyond the bound, or unsnapped, is absent from the point's row.
 * Immutable and thread-safe.
 */
public final class PointReach {

    private final boolean[] snapped;
    private final int[] firstPair;
    private final int[] building;
    private final int[] time_ms;
    private final int bound_ms;

    private PointReach(boolean[] snapped, int[] firstPair, int[] building, int[] time_ms, int bound_ms) {
        this.snapped = snapped;
        this.firstPair = firstPair;
        this.building = building;
        this.time_ms = time_ms;
        this.bound_ms = bound_ms;
    }

    /**
     * One bounded search per point, on {@code walk}'s graph, buildings and profile.
     *
     * @param points where each point joins the graph, snapped by the same rules as the network's facilities (in {@code
     *     AccessAnalysis.pointReach}: the network's own snapper)
     * @param bound_ms the largest time of interest in ms, 0..{@code MultiSourceSearch.UNBOUNDED}
     */
    public static PointReach of(WalkAccess walk, Snaps points, int bound_ms) {
        ReachCollector collector = new ReachCollector(walk, bound_ms);
        int n = points.size();
        boolean[] snapped = new boolean[n];
        int[] firstPair = new int[n + 1];
        for (int p = 0; p < n; p++) {
            firstPair[p] = collector.size();
            int e = points.edge(p);
            snapped[p] = e >= 0;
            if (snapped[p]) {
                collector.collect(
                        e,
                        PlacedPoints.along_ms(walk.graph, points, p, walk.profile),
                        PlacedPoints.walk_ms(points, p, walk.profile));
            }
        }
        firstPair[n] = collector.size();
        return new PointReach(snapped, firstPair, collector.buildings(), collector.times_ms(), bound_ms);
    }

    public int pointCount() {
        return snapped.length;
    }

    /** The bound in ms the rows were collected within. */
    public int bound_ms() {
        return bound_ms;
    }

    /** Whether the point met the graph; an unsnapped point reaches nothing and has an empty row. */
    public boolean isSnapped(int point) {
        return snapped[point];
    }

    /** First pair of the point's row. */
    public int firstPair(int point) {
        return firstPair[point];
    }

    /** End (exclusive) of the point's row. */
    public int endPair(int point) {
        return firstPair[point + 1];
    }

    /** The building of a pair. */
    public int building(int pair) {
        return building[pair];
    }

    /** Walking time in ms from the pair's point to its building, at most the bound. */
    public int time_ms(int pair) {
        return time_ms[pair];
    }

    /**
     * The buildings the point reaches within {@code within_ms} (inclusive), ascending ids.
     *
     * @throws IllegalArgumentException if {@code within_ms} exceeds the bound, beyond which the rows know nothing
     */
    public int[] coveredBuildings(int point, int within_ms) {
        if (within_ms > bound_ms) {
            throw new IllegalArgumentException(
                    "rows were collected within " + bound_ms + " ms, cannot answer within " + within_ms + " ms");
        }
        int[] covered = new int[endPair(point) - firstPair(point)];
        int count = 0;
        for (int pair = firstPair(point); pair < endPair(point); pair++) {
            if (time_ms[pair] <= within_ms) {
                covered[count++] = building[pair];
            }
        }
        int[] sorted = Arrays.copyOf(covered, count);
        Arrays.sort(sorted);
        return sorted;
    }
}
