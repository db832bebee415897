package org.doorstep.engine.siting;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A maximal covering location instance: demand points {@code 0..demandCount()-1} with weights, and candidate sites
 * {@code 0..candidateCount()-1} with a cost, a usable floor area and the demand points each covers (compressed sparse
 * rows: the points of candidate {@code c} are {@code covered[firstCovered[c] .. firstCovered[c+1]-1]}, strictly
 * ascending). A point's weight is its base weight (the target group living there) plus an optional extra weight (waitlists,
 * refused bookings, requests), or 0 where an existing facility already covers it. Immutable and thread-safe.
 */
public final class CoverageInstance {

    private final double[] weight;
    private final double[] cost;
    private final double[] floorArea_m2;
    private final int[] firstCovered;
    private final int[] covered;
    /** The transpose of the cover lists: the candidates covering each point, ascending. */
    private final int[] firstCoverer;

    private final int[] coverer;

    private CoverageInstance(double[] weight, double[] cost, double[] floorArea_m2, int[] firstCovered, int[] covered) {
        this.weight = weight;
        this.cost = cost;
        this.floorArea_m2 = floorArea_m2;
        this.firstCovered = firstCovered;
        this.covered = covered;
        this.firstCoverer = new int[weight.length + 1];
        for (int point : covered) {
            firstCoverer[point + 1]++;
        }
        for (int i = 0; i < weight.length; i++) {
            firstCoverer[i + 1] += firstCoverer[i];
        }
        this.coverer = new int[covered.length];
        int[] next = Arrays.copyOf(firstCoverer, weight.length);
        for (int c = 0; c < cost.length; c++) {
            for (int k = firstCovered[c]; k < firstCovered[c + 1]; k++) {
                coverer[next[covered[k]]++] = c;
            }
        }
    }

    /** Starts an instance over demand points with these base weights (finite, {@code >= 0}); the array is copied. */
    public static Builder builder(double[] baseWeight) {
        return new Builder(baseWeight);
    }

    public int demandCount() {
        return weight.length;
    }

    public int candidateCount() {
        return cost.length;
    }

    /** Effective weight of a demand point: base plus extra, or 0 where already covered. */
    public double weight(int point) {
        return weight[point];
    }

    /** Cost of building at a candidate site, in the caller's currency unit. */
    public double cost(int candidate) {
        return cost[candidate];
    }

    /** Usable floor area of a candidate site in m², {@code NaN} where unknown. */
    public double floorArea_m2(int candidate) {
        return floorArea_m2[candidate];
    }

    /** The demand points a candidate covers, ascending (a copy). */
    public int[] coveredBy(int candidate) {
        return Arrays.copyOfRange(covered, firstCovered[candidate], firstCovered[candidate + 1]);
    }

    /** Sum of all effective weights. */
    public double totalWeight() {
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        return sum;
    }

    int firstCovered(int candidate) {
        return firstCovered[candidate];
    }

    int coveredAt(int k) {
        return covered[k];
    }

    int firstCoverer(int point) {
        return firstCoverer[point];
    }

    int covererAt(int k) {
        return coverer[k];
    }

    /** Collects the parts of an instance; {@link #build()} checks them all. Not thread-safe. */
    public static final class Builder {
        private final double[] baseWeight;
        private double @Nullable [] extraWeight;
        private boolean @Nullable [] alreadyCovered;
        private double[] cost = new double[0];
        private double[] floorArea_m2 = new double[0];
        private int[] firstCovered = {0};
        private int[] covered = new int[0];

        private Builder(double[] baseWeight) {
            this.baseWeight = baseWeight.clone();
        }

        /** Extra demand per point (finite, {@code >= 0}) added to the base weight; one entry per demand point. */
        public Builder extraWeight(double[] extra) {
            this.extraWeight = extra.clone();
            return this;
        }

        /** Points already covered by existing facilities: their weight becomes 0. One entry per demand point. */
        public Builder alreadyCovered(boolean[] covered) {
            this.alreadyCovered = covered.clone();
            return this;
        }

        /**
         * The candidate sites: one entry per candidate in {@code cost} and {@code floorArea_m2} ({@code NaN} where
         * unknown), and the cover lists in compressed sparse rows (length candidates + 1, starting at 0). Arrays are
         * copied.
         */
        public Builder candidates(double[] cost, double[] floorArea_m2, int[] firstCovered, int[] covered) {
            this.cost = cost.clone();
            this.floorArea_m2 = floorArea_m2.clone();
            this.firstCovered = firstCovered.clone();
            this.covered = covered.clone();
            return this;
        }

        /**
         * The checked instance.
         *
         * @throws IllegalArgumentException naming the first bad array and element
         */
        public CoverageInstance build() {
            InstanceCheck.check(baseWeight, extraWeight, alreadyCovered, cost, floorArea_m2, firstCovered, covered);
            double[] weight = new double[baseWeight.length];
            for (int i = 0; i < weight.length; i++) {
                boolean zero = alreadyCovered != null && alreadyCovered[i];
                weight[i] = zero ? 0 : baseWeight[i] + (extraWeight == null ? 0 : extraWeight[i]);
            }
            return new CoverageInstance(weight, cost, floorArea_m2, firstCovered, covered);
        }
    }
}
