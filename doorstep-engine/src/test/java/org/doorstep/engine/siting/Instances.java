package org.doorstep.engine.siting;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Instances for the siting tests: hand-made cover lists and seeded random ones. */
final class Instances {

    private Instances() {}

    /** An instance from cover lists given per candidate, unit cost and unknown area. */
    static CoverageInstance of(double[] weight, int[]... coveredByCandidate) {
        double[] cost = new double[coveredByCandidate.length];
        Arrays.fill(cost, 1);
        double[] area = new double[coveredByCandidate.length];
        Arrays.fill(area, Double.NaN);
        return of(weight, cost, area, coveredByCandidate);
    }

    static CoverageInstance of(double[] weight, double[] cost, double[] area, int[]... coveredByCandidate) {
        return CoverageInstance.builder(weight)
                .candidates(cost, area, first(coveredByCandidate), flat(coveredByCandidate))
                .build();
    }

    static int[] first(int[][] lists) {
        int[] first = new int[lists.length + 1];
        for (int c = 0; c < lists.length; c++) {
            first[c + 1] = first[c] + lists[c].length;
        }
        return first;
    }

    static int[] flat(int[][] lists) {
        return Arrays.stream(lists).flatMapToInt(Arrays::stream).toArray();
    }

    /**
     * Integer weights 0..9 on {@code points} points; each candidate covers each point with probability {@code density};
     * integer costs 1..10 and areas 100..1000 m², so that every sum is exact in a double.
     */
    static CoverageInstance random(long seed, int points, int candidates, double density) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] weight = new double[points];
        for (int i = 0; i < points; i++) {
            weight[i] = random.nextInt(10);
        }
        int[][] lists = new int[candidates][];
        double[] cost = new double[candidates];
        double[] area = new double[candidates];
        for (int c = 0; c < candidates; c++) {
            lists[c] = java.util.stream.IntStream.range(0, points)
                    .filter(i -> random.nextDouble() < density)
                    .toArray();
            cost[c] = 1 + random.nextInt(10);
            area[c] = 100 * (1 + random.nextInt(10));
        }
        return of(weight, cost, area, lists);
    }

    /** Weight covered by a set of sites, counted plainly. */
    static double covered(CoverageInstance instance, int[] sites) {
        boolean[] hit = new boolean[instance.demandCount()];
        for (int site : sites) {
            for (int point : instance.coveredBy(site)) {
                hit[point] = true;
            }
        }
        double sum = 0;
        for (int i = 0; i < hit.length; i++) {
            sum += hit[i] ? instance.weight(i) : 0;
        }
        return sum;
    }

    /** The optimum by enumerating every subset of the eligible candidates within the query's limits. */
    static double bruteForceOptimum(CoverageInstance instance, SitingQuery query) {
        int n = instance.candidateCount();
        double best = 0;
        for (int subset = 0; subset < 1 << n; subset++) {
            int mask = subset;
            int[] sites = java.util.stream.IntStream.range(0, n)
                    .filter(c -> (1 & mask >> c) == 1)
                    .toArray();
            if (fits(instance, query, sites)) {
                best = Math.max(best, covered(instance, sites));
            }
        }
        return best;
    }

    static boolean fits(CoverageInstance instance, SitingQuery query, int[] sites) {
        double cost = 0;
        for (int site : sites) {
            if (!query.eligible(instance, site)) {
                return false;
            }
            cost += instance.cost(site);
        }
        return sites.length <= query.maxSites() && cost <= query.budget();
    }
}
