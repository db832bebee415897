package org.doorstep.engine.siting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The recommended sites of a maximal covering run, ranked: each site's marginal gain is the weight it newly covers after
 * the sites ranked before it, the highest first (ties to the lower id), so that the first {@code r} sites are the best
 * start of a phased plan. Also how good the answer is: the greedy and greedy-plus-swap weights and, where the exact
 * check ran, its upper bound and the heuristic's gap. Immutable.
 */
public final class SitingResult {

    private final int[] sites;
    private final double[] marginalGain;
    private final int[] firstNewlyCovered;
    private final int[] newlyCovered;
    private final double cost;
    private final double greedyWeight;
    private final double heuristicWeight;
    private final Optional<ExactSolution> exact;

    SitingResult(
            CoverageInstance instance,
            int[] chosen,
            double greedyWeight,
            double heuristicWeight,
            Optional<ExactSolution> exact) {
        RankedSites ranked = new RankedSites(instance, chosen);
        this.sites = ranked.sites;
        this.marginalGain = ranked.marginalGain;
        this.firstNewlyCovered = ranked.firstNewlyCovered;
        this.newlyCovered = ranked.newlyCovered;
        this.cost = ranked.cost;
        this.greedyWeight = greedyWeight;
        this.heuristicWeight = heuristicWeight;
        this.exact = exact;
    }

    public int siteCount() {
        return sites.length;
    }

    /** The candidate id at a rank {@code 0..siteCount()-1}. */
    public int site(int rank) {
        return sites[rank];
    }

    /** The candidate ids in rank order (a copy). */
    public int[] sites() {
        return sites.clone();
    }

    /** Weight the site at {@code rank} covers that no higher-ranked site covers. */
    public double marginalGain(int rank) {
        return marginalGain[rank];
    }

    /** The demand points the site at {@code rank} covers first, ascending (a copy). */
    public int[] newlyCovered(int rank) {
        return Arrays.copyOfRange(newlyCovered, firstNewlyCovered[rank], firstNewlyCovered[rank + 1]);
    }

    /** Total weight the sites cover: the sum of the marginal gains. */
    public double coveredWeight() {
        return sum(marginalGain);
    }

    /** Total cost of the sites. */
    public double cost() {
        return cost;
    }

    /** Weight the lazy greedy alone covered. */
    public double greedyWeight() {
        return greedyWeight;
    }

    /** Weight greedy plus swap improvement covered. */
    public double heuristicWeight() {
        return heuristicWeight;
    }

    /** The exact check, empty where the instance exceeded its size limits. */
    public Optional<ExactSolution> exact() {
        return exact;
    }

    /** Whether the exact check proved the optimum. */
    public boolean provedOptimal() {
        return exact.map(ExactSolution::optimal).orElse(false);
    }

    /**
     * How far the heuristic may be from the optimum, as a fraction of the exact upper bound: {@code (bound -
     * heuristicWeight) / bound}, 0 when the bound is 0; {@code NaN} when the exact check did not run. When optimality is
     * proved it is the heuristic's true gap.
     */
    public double gap() {
        if (exact.isEmpty()) {
            return Double.NaN;
        }
        double bound = Math.max(exact.get().upperBound(), heuristicWeight);
        return bound == 0 ? 0 : (bound - heuristicWeight) / bound;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
