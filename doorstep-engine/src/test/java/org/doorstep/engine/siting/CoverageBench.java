package org.doorstep.engine.siting;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A bench-style run, not a test: a seeded instance of 50,000 demand points and 2,000 candidate sites on a 10 x 10 km
 * plane, each candidate covering the points within 500 m, 50 sites to place. Prints the time and objective of the greedy,
 * the swap pass and the exact check, and the gap. Run: {@code java -cp <test classpath>
 * org.doorstep.engine.siting.CoverageBench [points candidates sites radius_m seed]}. Moves to {@code bench/} with JMH.
 */
public final class CoverageBench {

    private static final double SIDE_M = 10_000;

    private CoverageBench() {}

    public static void main(String[] args) {
        int points = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int candidates = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int sites = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        double radius_m = args.length > 3 ? Double.parseDouble(args[3]) : 500;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
        CoverageInstance instance = plane(new SplittableRandom(seed), points, candidates, radius_m);
        SitingQuery query = SitingQuery.sites(sites);
        long t0 = System.nanoTime();
        int[] greedy = LazyGreedyCoverage.select(instance, query);
        long t1 = System.nanoTime();
        int[] improved = SwapImprovement.improve(instance, query, greedy);
        long t2 = System.nanoTime();
        ExactSolution exact = ExactCoverage.solve(instance, query, new ExactLimits(5_000, 200_000, 120), improved)
                .orElseThrow();
        long t3 = System.nanoTime();
        double greedyWeight = CoverageState.of(instance, greedy).coveredWeight();
        double swapWeight = CoverageState.of(instance, improved).coveredWeight();
        print(
                "instance",
                "%d points, %d candidates, %d sites, radius %.0f m, total weight %.0f",
                points,
                candidates,
                sites,
                radius_m,
                instance.totalWeight());
        print("greedy", "%.0f in %.1f ms", greedyWeight, (t1 - t0) / 1e6);
        print("swap", "%.0f in %.1f ms", swapWeight, (t2 - t1) / 1e6);
        print(
                "exact",
                "%.0f bound %.1f optimal %s in %.1f ms",
                exact.coveredWeight(),
                exact.upperBound(),
                exact.optimal(),
                (t3 - t2) / 1e6);
        print(
                "gap",
                "greedy %.4f %%, greedy+swap %.4f %% of the bound",
                100 * (exact.upperBound() - greedyWeight) / exact.upperBound(),
                100 * (exact.upperBound() - swapWeight) / exact.upperBound());
    }

    /** Uniform points and candidates; a candidate covers the points within the radius, found through a grid. */
    static CoverageInstance plane(SplittableRandom random, int points, int candidates, double radius_m) {
        double[] x = new double[points];
        double[] y = new double[points];
        double[] weight = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = random.nextDouble() * SIDE_M;
            y[i] = random.nextDouble() * SIDE_M;
            weight[i] = 1 + random.nextInt(20);
        }
        int cells = (int) Math.ceil(SIDE_M / radius_m);
        int[][] grid = grid(x, y, cells, radius_m);
        int[] first = new int[candidates + 1];
        int[] covered = new int[0];
        double[] cost = new double[candidates];
        double[] area = new double[candidates];
        for (int c = 0; c < candidates; c++) {
            int[] list =
                    within(random.nextDouble() * SIDE_M, random.nextDouble() * SIDE_M, x, y, grid, cells, radius_m);
            covered = Arrays.copyOf(covered, first[c] + list.length);
            System.arraycopy(list, 0, covered, first[c], list.length);
            first[c + 1] = first[c] + list.length;
            cost[c] = 1 + random.nextInt(10);
            area[c] = 200 + random.nextInt(1_000);
        }
        return CoverageInstance.builder(weight)
                .candidates(cost, area, first, covered)
                .build();
    }

    private static int[][] grid(double[] x, double[] y, int cells, double cell_m) {
        int[] count = new int[cells * cells];
        for (int i = 0; i < x.length; i++) {
            count[cell(x[i], cell_m, cells) * cells + cell(y[i], cell_m, cells)]++;
        }
        int[][] grid = new int[cells * cells][];
        for (int g = 0; g < grid.length; g++) {
            grid[g] = new int[count[g]];
            count[g] = 0;
        }
        for (int i = 0; i < x.length; i++) {
            int g = cell(x[i], cell_m, cells) * cells + cell(y[i], cell_m, cells);
            grid[g][count[g]++] = i;
        }
        return grid;
    }

    private static int cell(double v, double cell_m, int cells) {
        return Math.min(cells - 1, (int) (v / cell_m));
    }

    private static int[] within(double cx, double cy, double[] x, double[] y, int[][] grid, int cells, double r) {
        int[] found = new int[64];
        int n = 0;
        int gx = cell(cx, r, cells);
        int gy = cell(cy, r, cells);
        for (int i = Math.max(0, gx - 1); i <= Math.min(cells - 1, gx + 1); i++) {
            for (int j = Math.max(0, gy - 1); j <= Math.min(cells - 1, gy + 1); j++) {
                for (int p : grid[i * cells + j]) {
                    if ((x[p] - cx) * (x[p] - cx) + (y[p] - cy) * (y[p] - cy) <= r * r) {
                        found = n == found.length ? Arrays.copyOf(found, 2 * n) : found;
                        found[n++] = p;
                    }
                }
            }
        }
        int[] list = Arrays.copyOf(found, n);
        Arrays.sort(list);
        return list;
    }

    private static void print(String label, String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, "%-9s", label) + String.format(Locale.ROOT, format, values));
    }
}
