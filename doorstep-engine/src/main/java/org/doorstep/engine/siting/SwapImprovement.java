package org.doorstep.engine.siting;

import java.util.Arrays;

/**
 * 1-swap local search after the greedy: replace one chosen site by one unchosen eligible candidate whenever that covers
 * more weight and keeps within the budget. First improvement in a fixed order (chosen sites by ascending id, then
 * candidates by ascending id), repeated until no swap improves. Before the first swap and after each one the greedy
 * adds whatever still fits and adds weight, so that money a swap frees under a budget is spent. A swap must improve by more than 1e-12 of the total weight, so rounding noise never cycles. Stateless and
 * thread-safe.
 */
public final class SwapImprovement {

    private static final double RELATIVE_EPSILON = 1e-12;

    private SwapImprovement() {}

    /**
     * Improves a selection by swaps.
     *
     * @param start distinct eligible candidate ids within the query's limits, for example {@link
     *     LazyGreedyCoverage#select}
     * @return the improved sites (a new array; a swapped-in site goes last)
     */
    public static int[] improve(CoverageInstance instance, SitingQuery query, int[] start) {
        CoverageState state = CoverageState.of(instance, start);
        double epsilon = RELATIVE_EPSILON * instance.totalWeight();
        double[] gain = new double[instance.candidateCount()];
        double[] extra = new double[instance.candidateCount()];
        LazyGreedyCoverage.extend(state, query);
        while (swapOnce(state, query, epsilon, gain, extra)) {
            LazyGreedyCoverage.extend(state, query);
        }
        return state.sites();
    }

    /** Applies the first improving swap; false when there is none. */
    private static boolean swapOnce(
            CoverageState state, SitingQuery query, double epsilon, double[] gain, double[] extra) {
        CoverageInstance instance = state.instance;
        for (int c = 0; c < instance.candidateCount(); c++) {
            gain[c] = state.chosen(c) || !query.eligible(instance, c) ? Double.NEGATIVE_INFINITY : state.gain(c);
        }
        int[] outs = state.sites();
        Arrays.sort(outs);
        for (int out : outs) {
            double loss = state.loss(out);
            spreadUniqueCover(state, out, extra, false);
            int in = firstImproving(state, query, out, loss + epsilon, gain, extra);
            spreadUniqueCover(state, out, extra, true);
            if (in >= 0) {
                state.swap(out, in);
                return true;
            }
        }
        return false;
    }

    /**
     * Adds to every candidate the weight of the points only {@code out} covers (what it would gain on top of its current
     * gain once {@code out} is gone), or with {@code clear} sets those entries back to exactly 0.
     */
    private static void spreadUniqueCover(CoverageState state, int out, double[] extra, boolean clear) {
        CoverageInstance instance = state.instance;
        for (int k = instance.firstCovered(out); k < instance.firstCovered(out + 1); k++) {
            int point = instance.coveredAt(k);
            if (state.coverCount[point] == 1) {
                for (int j = instance.firstCoverer(point); j < instance.firstCoverer(point + 1); j++) {
                    int candidate = instance.covererAt(j);
                    extra[candidate] = clear ? 0 : extra[candidate] + instance.weight(point);
                }
            }
        }
    }

    private static int firstImproving(
            CoverageState state, SitingQuery query, int out, double threshold, double[] gain, double[] extra) {
        CoverageInstance instance = state.instance;
        double budgetLeft = query.budget() - state.cost() + instance.cost(out);
        for (int in = 0; in < gain.length; in++) {
            if (gain[in] + extra[in] > threshold && instance.cost(in) <= budgetLeft) {
                return in;
            }
        }
        return -1;
    }
}
