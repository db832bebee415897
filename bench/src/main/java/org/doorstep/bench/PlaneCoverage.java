package org.doorstep.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.doorstep.engine.siting.CoverageInstance;

/**
 * A seeded maximal covering instance on a 10 x 10 km plane: uniform demand points of weight 1..20, uniform candidate
 * sites of cost 1..10 and floor area 200..1,199 m², each covering the points within a radius (found through a grid of
 * radius-sized cells). The same seed and sizes give the same instance. Stateless.
 */
final class PlaneCoverage {

    private static final double SIDE_M = 10_000;

    private PlaneCoverage() {}

    static CoverageInstance generate(long seed, int points, int candidates, double radius_m) {
        SplittableRandom random = new SplittableRandom(seed);
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
        int[] covered = new int[1024];
        double[] cost = new double[candidates];
        double[] area_m2 = new double[candidates];
        for (int c = 0; c < candidates; c++) {
            int[] list =
                    within(random.nextDouble() * SIDE_M, random.nextDouble() * SIDE_M, x, y, grid, cells, radius_m);
            first[c + 1] = first[c] + list.length;
            if (first[c + 1] > covered.length) {
                covered = Arrays.copyOf(covered, Math.max(first[c + 1], 2 * covered.length));
            }
            System.arraycopy(list, 0, covered, first[c], list.length);
            cost[c] = 1 + random.nextInt(10);
            area_m2[c] = 200 + random.nextInt(1_000);
        }
        return CoverageInstance.builder(weight)
                .candidates(cost, area_m2, first, Arrays.copyOf(covered, first[candidates]))
                .build();
    }

    /** The points of each cell, cell (i, j) at {@code i * cells + j}. */
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

    /** The points within {@code r} of (cx, cy), ascending; with cells of size r, the 3 x 3 cells around hold them all. */
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
}
