package org.doorstep.engine.siting;

import java.util.Arrays;

/** Orders a set of sites greedily by marginal gain (ties to the lower id) and records what each newly covers. */
final class RankedSites {

    final int[] sites;
    final double[] marginalGain;
    final int[] firstNewlyCovered;
    final int[] newlyCovered;
    final double cost;

    RankedSites(CoverageInstance instance, int[] chosen) {
        int[] pending = chosen.clone();
        Arrays.sort(pending);
        sites = new int[pending.length];
        marginalGain = new double[pending.length];
        firstNewlyCovered = new int[pending.length + 1];
        CoverageState state = new CoverageState(instance);
        int[] points = new int[0];
        for (int rank = 0; rank < sites.length; rank++) {
            int best = bestPending(state, pending, rank);
            int site = pending[best];
            System.arraycopy(pending, best + 1, pending, best, pending.length - best - 1);
            sites[rank] = site;
            marginalGain[rank] = state.gain(site);
            points = appendUncovered(state, site, points, firstNewlyCovered[rank]);
            firstNewlyCovered[rank + 1] = firstNewlyCovered[rank] + countUncovered(state, site);
            state.add(site);
        }
        newlyCovered = Arrays.copyOf(points, firstNewlyCovered[sites.length]);
        cost = state.cost();
    }

    /** Index in {@code pending[0 .. count-rank-1]} of the site with the highest gain; pending is ascending. */
    private static int bestPending(CoverageState state, int[] pending, int rank) {
        int best = 0;
        double bestGain = state.gain(pending[0]);
        for (int i = 1; i < pending.length - rank; i++) {
            double gain = state.gain(pending[i]);
            if (gain > bestGain) {
                best = i;
                bestGain = gain;
            }
        }
        return best;
    }

    private static int countUncovered(CoverageState state, int site) {
        CoverageInstance instance = state.instance;
        int n = 0;
        for (int k = instance.firstCovered(site); k < instance.firstCovered(site + 1); k++) {
            n += state.coverCount[instance.coveredAt(k)] == 0 ? 1 : 0;
        }
        return n;
    }

    private static int[] appendUncovered(CoverageState state, int site, int[] points, int at) {
        CoverageInstance instance = state.instance;
        int[] grown = Arrays.copyOf(points, Math.max(points.length, at + countUncovered(state, site)));
        int n = at;
        for (int k = instance.firstCovered(site); k < instance.firstCovered(site + 1); k++) {
            int point = instance.coveredAt(k);
            if (state.coverCount[point] == 0) {
                grown[n++] = point;
            }
        }
        return grown;
    }
}
