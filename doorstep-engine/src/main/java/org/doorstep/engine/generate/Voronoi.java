package org.doorstep.engine.generate;

import java.util.SplittableRandom;

/**
 * Splits a set of superblocks into compact groups: seeds by farthest-point sampling (ties to the lower superblock),
 * then every superblock joins its nearest seed, distances in superblock steps plus up to 0.45 of noise, which bends
 * the borders but never takes a seed from its own group.
 */
final class Voronoi {

    private Voronoi() {}

    /** Group {@code 0..groups-1} of each member, in member order; every group is non-empty. */
    static int[] partition(CityLayout layout, int[] members, int groups, SplittableRandom random) {
        int[] seeds = new int[groups];
        seeds[0] = members[random.nextInt(members.length)];
        double[] nearest = new double[members.length];
        java.util.Arrays.fill(nearest, Double.MAX_VALUE);
        for (int g = 1; g < groups; g++) {
            int best = -1;
            for (int i = 0; i < members.length; i++) {
                nearest[i] = Math.min(nearest[i], distance(layout, members[i], seeds[g - 1]));
                if (best < 0 || nearest[i] > nearest[best]) {
                    best = i;
                }
            }
            seeds[g] = members[best];
        }
        int[] groupOf = new int[members.length];
        for (int i = 0; i < members.length; i++) {
            double bestDistance = Double.MAX_VALUE;
            for (int g = 0; g < groups; g++) {
                double noise = 0.45 * random.nextDouble();
                double d = members[i] == seeds[g] ? 0 : distance(layout, members[i], seeds[g]) + noise;
                if (d < bestDistance) {
                    bestDistance = d;
                    groupOf[i] = g;
                }
            }
        }
        return groupOf;
    }

    private static double distance(CityLayout layout, int a, int b) {
        return Math.hypot(
                layout.superblocks[a].column - layout.superblocks[b].column,
                layout.superblocks[a].row - layout.superblocks[b].row);
    }
}
