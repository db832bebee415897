package org.doorstep.engine.cli;

import java.util.List;
import org.doorstep.engine.SiteSelection;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.access.PointReach;
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
        double[] area = candidates.stream().mapToDouble(Candidate::floorArea_m2).toArray();
        double minArea = Double.isNaN(standard.minArea_m2()) ? 0 : standard.minArea_m2();
        SitingResult result = SiteSelection.select(
                reach,
                standard.time_ms(),
                weight,
                extraDemand,
                covered,
                cost,
                area,
                query.withMinFloorArea_m2(minArea));
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
