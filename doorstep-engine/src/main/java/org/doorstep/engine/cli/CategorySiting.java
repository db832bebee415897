package org.doorstep.engine.cli;

import java.util.List;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.access.PointReach;
import org.doorstep.engine.siting.CoverageInstance;
import org.doorstep.engine.siting.ExactLimits;
import org.doorstep.engine.siting.MaximalCoveringLocation;
import org.doorstep.engine.siting.SitingQuery;
import org.doorstep.engine.siting.SitingResult;

/**
 * Site recommendations for one category: maximal covering over the candidate sites, where every building is a demand
 * point weighted by the category's target group plus its signals' extra demand, buildings already within the standard
 * time of a facility weigh nothing, a candidate covers the buildings it reaches within that time, and only candidates
 * with the standard's minimum floor area qualify.
 *
 * @param newlyCovered per rank, the buildings the site brings within the standard time that were uncovered before
 */
record CategorySiting(CategoryStandard standard, SitingResult result, List<int[]> newlyCovered) {

    /**
     * @param reach every candidate's reach, collected within at least the standard's time
     * @param query the number of sites or the budget; the standard's minimum area is applied here
     * @param cost per candidate, finite and positive
     */
    static CategorySiting solve(
            CategoryBlindSpots blindSpots,
            CategoryAccess access,
            double[] extraDemand,
            List<Candidate> candidates,
            double[] cost,
            PointReach reach,
            SitingQuery query) {
        CategoryStandard standard = blindSpots.standard();
        boolean[] uncovered = blindSpots.uncovered();
        double[] weight = new double[uncovered.length];
        boolean[] covered = new boolean[uncovered.length];
        for (int b = 0; b < weight.length; b++) {
            weight[b] = access.demand(b);
            covered[b] = !uncovered[b];
        }
        int n = candidates.size();
        double[] area = new double[n];
        int[] first = new int[n + 1];
        int[][] lists = new int[n][];
        for (int c = 0; c < n; c++) {
            area[c] = candidates.get(c).floorArea_m2();
            lists[c] = reach.coveredBuildings(c, standard.time_ms());
            first[c + 1] = first[c] + lists[c].length;
        }
        int[] all = new int[first[n]];
        for (int c = 0; c < n; c++) {
            System.arraycopy(lists[c], 0, all, first[c], lists[c].length);
        }
        CoverageInstance instance = CoverageInstance.builder(weight)
                .extraWeight(extraDemand)
                .alreadyCovered(covered)
                .candidates(cost, area, first, all)
                .build();
        double minArea = Double.isNaN(standard.minArea_m2()) ? 0 : standard.minArea_m2();
        SitingResult result =
                MaximalCoveringLocation.solve(instance, query.withMinFloorArea_m2(minArea), ExactLimits.DEFAULT);
        return new CategorySiting(standard, result, newlyUncovered(result, uncovered));
    }

    private static List<int[]> newlyUncovered(SitingResult result, boolean[] uncovered) {
        List<int[]> rows = new java.util.ArrayList<>();
        for (int rank = 0; rank < result.siteCount(); rank++) {
            rows.add(java.util.Arrays.stream(result.newlyCovered(rank))
                    .filter(b -> uncovered[b])
                    .toArray());
        }
        return List.copyOf(rows);
    }
}
