package org.doorstep.engine;

import org.doorstep.engine.access.PointReach;
import org.doorstep.engine.siting.CoverageInstance;
import org.doorstep.engine.siting.ExactLimits;
import org.doorstep.engine.siting.MaximalCoveringLocation;
import org.doorstep.engine.siting.SitingQuery;
import org.doorstep.engine.siting.SitingResult;
import org.jspecify.annotations.Nullable;

/**
 * Site recommendations over candidate points (design.md, "Siting"): maximal covering, where every building is a demand
 * point of the given weight, buildings already covered by a facility weigh nothing, and a candidate covers the
 * buildings it reaches within {@code within_ms} ({@link AccessAnalysis#pointReach}). Solved by {@link
 * MaximalCoveringLocation} (lazy greedy, then swaps, then the exact check where the instance is small enough), so the
 * command line's {@code plan} and the app recommend the same sites from the same input. Stateless and thread-safe.
 */
public final class SiteSelection {

    private SiteSelection() {}

    /**
     * @param reach every candidate's reach, collected within at least {@code within_ms}; candidate i is point i
     * @param weight per building, finite and {@code >= 0}
     * @param extraWeight per building, added to the weight (demand signals), or null for none
     * @param covered per building, true where an existing facility already covers it
     * @param cost per candidate, finite and positive
     * @param floorArea_m2 per candidate, {@code NaN} where unknown
     * @throws IllegalArgumentException if an array has the wrong length or a bad value (named)
     */
    public static SitingResult select(
            PointReach reach,
            int within_ms,
            double[] weight,
            double @Nullable [] extraWeight,
            boolean[] covered,
            double[] cost,
            double[] floorArea_m2,
            SitingQuery query) {
        int n = reach.pointCount();
        int[] first = new int[n + 1];
        int[][] lists = new int[n][];
        for (int c = 0; c < n; c++) {
            lists[c] = reach.coveredBuildings(c, within_ms);
            first[c + 1] = first[c] + lists[c].length;
        }
        int[] all = new int[first[n]];
        for (int c = 0; c < n; c++) {
            System.arraycopy(lists[c], 0, all, first[c], lists[c].length);
        }
        CoverageInstance.Builder instance = CoverageInstance.builder(weight).alreadyCovered(covered);
        if (extraWeight != null) {
            instance.extraWeight(extraWeight);
        }
        return MaximalCoveringLocation.solve(
                instance.candidates(cost, floorArea_m2, first, all).build(), query, ExactLimits.DEFAULT);
    }
}
