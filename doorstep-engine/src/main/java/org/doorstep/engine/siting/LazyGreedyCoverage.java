package org.doorstep.engine.siting;

/**
 * Lazy greedy for maximal covering (Minoux's accelerated greedy): candidates sit in a max-heap under their last known
 * gain, and since gains only shrink as sites are added, a candidate whose fresh gain still tops the heap is the greedy
 * choice. With k sites it picks by gain ((1 - 1/e) guarantee); with a budget it picks by gain per cost and then
 * compares with the best single affordable site, keeping the better ((1 - 1/e) / 2 guarantee). Ties go to the lower
 * candidate id. Stateless and thread-safe.
 */
public final class LazyGreedyCoverage {

    private LazyGreedyCoverage() {}

    /**
     * The greedy selection, sites in the order picked; stops when no eligible, affordable candidate adds weight.
     *
     * @return candidate ids, possibly empty
     */
    public static int[] select(CoverageInstance instance, SitingQuery query) {
        CoverageState state = new CoverageState(instance);
        extend(state, query);
        if (query.budgeted()) {
            int single = bestAffordableSingle(instance, query);
            if (single >= 0 && new CoverageState(instance).gain(single) > state.coveredWeight()) {
                return new int[] {single};
            }
        }
        return state.sites();
    }

    /** Adds greedy picks to {@code state} until the query's limits stop it or nothing adds weight. */
    static void extend(CoverageState state, SitingQuery query) {
        CoverageInstance instance = state.instance;
        GainHeap heap = new GainHeap(instance.candidateCount());
        for (int c = 0; c < instance.candidateCount(); c++) {
            if (!state.chosen(c) && query.eligible(instance, c)) {
                heap.push(key(state.gain(c), instance.cost(c), query), c);
            }
        }
        while (state.size() < query.maxSites() && !heap.isEmpty()) {
            int candidate = heap.topItem();
            heap.pop();
            if (state.cost() + instance.cost(candidate) > query.budget()) {
                continue; // the remaining budget only shrinks: it will never fit
            }
            double gain = state.gain(candidate);
            if (gain <= 0) {
                continue; // gains only shrink: it will never add weight
            }
            double fresh = key(gain, instance.cost(candidate), query);
            if (heap.isEmpty() || !GainHeap.before(heap.topKey(), heap.topItem(), fresh, candidate)) {
                state.add(candidate);
            } else {
                heap.push(fresh, candidate);
            }
        }
    }

    private static double key(double gain, double cost, SitingQuery query) {
        if (!query.budgeted()) {
            return gain;
        }
        return cost > 0 ? gain / cost : (gain > 0 ? Double.POSITIVE_INFINITY : 0);
    }

    /** The affordable eligible candidate covering the most weight on its own, lowest id on ties; -1 if none. */
    private static int bestAffordableSingle(CoverageInstance instance, SitingQuery query) {
        CoverageState empty = new CoverageState(instance);
        int best = -1;
        double bestGain = 0;
        for (int c = 0; c < instance.candidateCount(); c++) {
            if (query.eligible(instance, c) && instance.cost(c) <= query.budget()) {
                double gain = empty.gain(c);
                if (gain > bestGain) {
                    best = c;
                    bestGain = gain;
                }
            }
        }
        return best;
    }
}
