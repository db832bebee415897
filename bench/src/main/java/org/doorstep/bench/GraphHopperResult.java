package org.doorstep.bench;

import org.doorstep.engine.category.ServiceCategory;

/**
 * One run of {@link GraphHopperReference}: its phase times and, per category and building, the walking time to the
 * nearest facility as GraphHopper's foot profile computes it and the length of that path ({@link Integer#MAX_VALUE}
 * where the building did not snap or no facility lies within the tree's time limit).
 *
 * <p>Public only because {@link GraphHopperReference} fills it from another class loader, that is from another run-time
 * package ({@link GraphHopperClassLoader}); not an API.
 */
public final class GraphHopperResult {

    private final int buildingCount;
    private final int[][] nearestTime_ms = new int[ServiceCategory.COUNT][];
    private final int[][] nearestLength_mm = new int[ServiceCategory.COUNT][];
    private int trees;
    private long import_ns;
    private long snap_ns;
    private long search_ns;

    public GraphHopperResult(int buildingCount) {
        this.buildingCount = buildingCount;
    }

    public void setCategory(ServiceCategory category, int[] time_ms, int[] length_mm, int categoryTrees) {
        nearestTime_ms[category.ordinal()] = time_ms;
        nearestLength_mm[category.ordinal()] = length_mm;
        trees += categoryTrees;
    }

    public void setPhases(long import_ns, long snap_ns, long search_ns) {
        this.import_ns = import_ns;
        this.snap_ns = snap_ns;
        this.search_ns = search_ns;
    }

    int buildingCount() {
        return buildingCount;
    }

    /** Nearest facility's time per building by GraphHopper's own speeds, {@link Integer#MAX_VALUE} if none. */
    int[] nearestTime_ms(ServiceCategory category) {
        return nearestTime_ms[category.ordinal()];
    }

    /** Length of the path to that facility, {@link Integer#MAX_VALUE} if none. */
    int[] nearestLength_mm(ServiceCategory category) {
        return nearestLength_mm[category.ordinal()];
    }

    /** Number of shortest-path trees grown, one per snapped facility. */
    int trees() {
        return trees;
    }

    long import_ns() {
        return import_ns;
    }

    long snap_ns() {
        return snap_ns;
    }

    long search_ns() {
        return search_ns;
    }
}
