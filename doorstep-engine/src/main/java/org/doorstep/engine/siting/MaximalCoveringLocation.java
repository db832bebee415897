package org.doorstep.engine.siting;

import java.util.Optional;

/**
 * The siting pipeline: {@link LazyGreedyCoverage}, then {@link SwapImprovement}, then {@link ExactCoverage} where the
 * instance fits the limits, recommending the best sites found. Stateless and thread-safe.
 */
public final class MaximalCoveringLocation {

    private MaximalCoveringLocation() {}

    /**
     * Recommends sites for the query.
     *
     * @param limits the exact check's limits; {@link ExactLimits#SKIP} for the heuristic alone
     */
    public static SitingResult solve(CoverageInstance instance, SitingQuery query, ExactLimits limits) {
        int[] greedy = LazyGreedyCoverage.select(instance, query);
        int[] improved = SwapImprovement.improve(instance, query, greedy);
        double heuristicWeight = CoverageState.of(instance, improved).coveredWeight();
        Optional<ExactSolution> exact =
                limits.maxCandidates() == 0 ? Optional.empty() : ExactCoverage.solve(instance, query, limits, improved);
        boolean exactBetter = exact.isPresent() && exact.get().coveredWeight() > heuristicWeight;
        int[] best = exactBetter ? exact.get().sites() : improved;
        double greedyWeight = CoverageState.of(instance, greedy).coveredWeight();
        return new SitingResult(instance, best, greedyWeight, heuristicWeight, exact);
    }
}
