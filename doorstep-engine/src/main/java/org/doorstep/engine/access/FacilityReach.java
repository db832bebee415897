package org.doorstep.engine.access;

import java.util.Arrays;

/**
 * The buildings each facility of a category reaches within a bound, with their times: compressed rows, facility by
 * facility in the order of the category's id list, buildings in the order the facility's search met them. Filled by one
 * bounded search per facility; read by the threshold counts and both 2SFCA variants.
 */
final class FacilityReach {

    private final int[] firstPair;
    private final int[] building;
    private final int[] time_ms;

    private FacilityReach(int[] firstPair, int[] building, int[] time_ms) {
        this.firstPair = firstPair;
        this.building = building;
        this.time_ms = time_ms;
    }

    /** One search per facility from both ends of its edge; buildings on every edge it touches are then timed. */
    static FacilityReach collect(WalkAccess walk, int[] facilityIds, int bound_ms) {
        Collector collector = new Collector(walk, bound_ms);
        int[] firstPair = new int[facilityIds.length + 1];
        for (int k = 0; k < facilityIds.length; k++) {
            firstPair[k] = collector.size;
            collector.collect(facilityIds[k]);
        }
        firstPair[facilityIds.length] = collector.size;
        return new FacilityReach(
                firstPair,
                Arrays.copyOf(collector.building, collector.size),
                Arrays.copyOf(collector.time_ms, collector.size));
    }

    int facilityCount() {
        return firstPair.length - 1;
    }

    int firstPair(int facilityIndex) {
        return firstPair[facilityIndex];
    }

    int endPair(int facilityIndex) {
        return firstPair[facilityIndex + 1];
    }

    int building(int pair) {
        return building[pair];
    }

    int time_ms(int pair) {
        return time_ms[pair];
    }

    /** How many facilities each building reaches within each threshold: {@code [threshold * buildings + building]}. */
    int[] countWithin(int[] thresholds_ms, int buildingCount) {
        int[] counts = new int[thresholds_ms.length * buildingCount];
        for (int pair = 0; pair < building.length; pair++) {
            for (int k = 0; k < thresholds_ms.length; k++) {
                if (time_ms[pair] <= thresholds_ms[k]) {
                    counts[k * buildingCount + building[pair]]++;
                }
            }
        }
        return counts;
    }

    /** Runs the searches and appends (building, time) pairs to growing columns. */
    private static final class Collector {
        private final WalkAccess walk;
        private final int bound_ms;
        // Which facility's search last timed a building, so that a building seen from both ends counts once.
        private final int[] seenBy;
        int[] building = new int[1024];
        int[] time_ms = new int[1024];
        int size;

        Collector(WalkAccess walk, int bound_ms) {
            this.walk = walk;
            this.bound_ms = bound_ms;
            this.seenBy = new int[walk.buildings.size()];
            Arrays.fill(seenBy, -1);
        }

        void collect(int f) {
            int fEdge = walk.facilities.edge[f];
            if (fEdge < 0) {
                return;
            }
            walk.search.start(bound_ms);
            walk.seed(f);
            walk.search.run();
            for (int i = 0; i < walk.search.reachedCount(); i++) {
                int node = walk.search.reachedNode(i);
                for (int arc = walk.graph.firstArc(node); arc < walk.graph.firstArc(node + 1); arc++) {
                    visitEdge(f, walk.graph.arcEdge(arc), fEdge);
                }
            }
            // A long edge may hold the facility and a building close together while neither end is within the bound.
            visitEdge(f, fEdge, fEdge);
        }

        private void visitEdge(int f, int e, int fEdge) {
            PlacedPoints buildings = walk.buildings;
            for (int i = buildings.firstOnEdge(e); i < buildings.endOnEdge(e); i++) {
                int b = buildings.pointAt(i);
                if (seenBy[b] != f) {
                    seenBy[b] = f;
                    long t = walk.timeViaSearch_ms(b);
                    if (e == fEdge) {
                        t = Math.min(t, walk.directTime_ms(f, b));
                    }
                    if (t <= bound_ms) {
                        add(b, (int) t);
                    }
                }
            }
        }

        private void add(int b, int t) {
            if (size == building.length) {
                building = Arrays.copyOf(building, size * 2);
                time_ms = Arrays.copyOf(time_ms, size * 2);
            }
            building[size] = b;
            time_ms[size] = t;
            size++;
        }
    }
}
