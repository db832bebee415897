package org.doorstep.engine.siting;

/**
 * What to select: at most {@code maxSites} sites whose costs sum to at most {@code budget}, among the candidates whose
 * usable floor area is at least {@code minFloorArea_m2} (a candidate of unknown area passes only when the minimum is 0).
 * With an infinite budget the problem is the cardinality version (k sites); otherwise the budgeted version.
 *
 * @param maxSites at least 1
 * @param budget {@code > 0}, {@link Double#POSITIVE_INFINITY} for none
 * @param minFloorArea_m2 the facility type's minimum area, {@code >= 0}
 */
public record SitingQuery(int maxSites, double budget, double minFloorArea_m2) {

    public SitingQuery {
        if (maxSites < 1) {
            throw new IllegalArgumentException("maxSites must be >= 1, got " + maxSites);
        }
        if (!(budget > 0)) {
            throw new IllegalArgumentException("budget must be > 0, got " + budget);
        }
        if (!(minFloorArea_m2 >= 0) || Double.isInfinite(minFloorArea_m2)) {
            throw new IllegalArgumentException("minFloorArea_m2 must be finite and >= 0, got " + minFloorArea_m2);
        }
    }

    /** At most {@code k} sites, no budget, no area filter. */
    public static SitingQuery sites(int k) {
        return new SitingQuery(k, Double.POSITIVE_INFINITY, 0);
    }

    /** Any number of sites whose costs sum to at most {@code budget}, no area filter. */
    public static SitingQuery budget(double budget) {
        return new SitingQuery(Integer.MAX_VALUE, budget, 0);
    }

    /** The same query keeping only candidates with at least this usable floor area. */
    public SitingQuery withMinFloorArea_m2(double area_m2) {
        return new SitingQuery(maxSites, budget, area_m2);
    }

    /** Whether the budget binds (the budgeted variant). */
    public boolean budgeted() {
        return budget != Double.POSITIVE_INFINITY;
    }

    /** Whether a candidate passes the area filter of this query. */
    public boolean eligible(CoverageInstance instance, int candidate) {
        double area = instance.floorArea_m2(candidate);
        return minFloorArea_m2 == 0 || area >= minFloorArea_m2;
    }
}
