package org.doorstep.engine.siting;

import java.util.Arrays;

/**
 * What the exact check found: its best sites, the weight they cover, and an upper bound on the optimum (equal to the
 * covered weight when optimality is proved). Immutable.
 */
public final class ExactSolution {

    private final int[] sites;
    private final double coveredWeight;
    private final double upperBound;
    private final boolean optimal;

    ExactSolution(int[] sites, double coveredWeight, double upperBound, boolean optimal) {
        this.sites = sites;
        this.coveredWeight = coveredWeight;
        this.upperBound = upperBound;
        this.optimal = optimal;
    }

    /** The best sites found, ascending ids (a copy). */
    public int[] sites() {
        return sites.clone();
    }

    /** Weight the best sites cover, recomputed on the instance (not the solver's scaled objective). */
    public double coveredWeight() {
        return coveredWeight;
    }

    /** No selection within the query covers more than this; {@code coveredWeight()} when optimal. */
    public double upperBound() {
        return upperBound;
    }

    /** Whether the solver proved the sites optimal. */
    public boolean optimal() {
        return optimal;
    }

    @Override
    public String toString() {
        return "ExactSolution" + Arrays.toString(sites) + " covered " + coveredWeight + " bound " + upperBound
                + (optimal ? " optimal" : "");
    }
}
