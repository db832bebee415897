package org.doorstep.engine.access;

/**
 * The buildings each facility of a category reaches within a bound, with their times: compressed rows, facility by
 * facility in the order of the category's id list, buildings ascending ids. Filled by one
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

    /**
     * One search per facility from both ends of its edge over the contracted graph ({@link ChainReach}); each row
     * sorted by building id.
     */
    static FacilityReach collect(WalkAccess walk, int[] facilityIds, int bound_ms) {
        ChainReach reach = walk.chainReach();
        PairColumns pairs = new PairColumns();
        PlacedPoints facilities = walk.facilities;
        int[] firstPair = new int[facilityIds.length + 1];
        for (int k = 0; k < facilityIds.length; k++) {
            int f = facilityIds[k];
            firstPair[k] = pairs.size();
            int e = facilities.edge[f];
            if (e >= 0) {
                int along = facilities.along_ms[f];
                int off = facilities.walk_ms[f];
                int atFrom = WalkAccess.seedAtFrom_ms(along, off);
                reach.collect(e, along, off, atFrom, walk.seedAtTo_ms(e, along, off), bound_ms, pairs);
            }
        }
        firstPair[facilityIds.length] = pairs.size();
        return new FacilityReach(firstPair, pairs.buildings(), pairs.times_ms());
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
}
