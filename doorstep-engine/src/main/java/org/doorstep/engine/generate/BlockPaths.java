package org.doorstep.engine.generate;

import java.util.SplittableRandom;
import org.doorstep.engine.graph.WalkGraph;

/**
 * The paths inside one block, by land use: a footway spine through each compound (a gated compound now and then keeps
 * its footways to itself, an island of the graph), fishbone alleys through old lanes, a diagonal and a curved loop
 * through parks, crossing paths on campuses and a dead-end service road elsewhere. Footways on a hill are often steps.
 */
final class BlockPaths {

    private static final double GATED = 0.03;

    private final CityLayout layout;
    private final StreetPlan plan;
    private final SplittableRandom random;
    /** The first compound outside the river row is always gated, so every city has an island. */
    private boolean gatedPending = true;

    BlockPaths(CityLayout layout, StreetPlan plan, SplittableRandom random) {
        this.layout = layout;
        this.plan = plan;
        this.random = random;
    }

    void plan(Superblock sb) {
        for (int m = 0; m < sb.blocksV(); m++) {
            for (int k = 0; k < sb.blocksU(); k++) {
                planBlock(sb, k, m);
            }
        }
    }

    private void planBlock(Superblock sb, int k, int m) {
        int a = sb.blocksU();
        int b = sb.blocksV();
        int south = m > 0 ? sb.midH[m * a + k] : -1;
        int north = m + 1 < b ? sb.midH[(m + 1) * a + k] : -1;
        int west = k > 0 ? sb.midV[k * b + m] : -1;
        int east = k + 1 < a ? sb.midV[(k + 1) * b + m] : -1;
        BlockFrame block = sb.block(plan, k, m);
        switch (sb.landUse(k, m)) {
            case WALK_UP, TOWER -> compound(block, south, north, sb.row != layout.riverRow);
            case OLD_LANES -> oldLanes(block, south, north);
            case PARK -> park(block, sb.gridJunction(k, m), sb.gridJunction(k + 1, m + 1), west, east);
            case CAMPUS -> campus(block, new int[] {south, north, west, east});
            case OTHER -> serviceRoad(block, south >= 0 ? south : north);
            case RIVERBANK -> {}
        }
    }

    private void compound(BlockFrame block, int south, int north, boolean mayGate) {
        if (mayGate && (gatedPending || random.nextDouble() < GATED)) {
            gatedPending = false;
            int[] ring = ring(block, 4, 0.36, 0.0);
            footway(ring[0], ring[2], 0);
            return;
        }
        int centre = junction(block, 0.5, 0.5);
        footway(south, centre, bulge(0.05));
        footway(north, centre, bulge(0.05));
    }

    private void oldLanes(BlockFrame block, int south, int north) {
        double[] lanes = laneRows(block.height_m());
        int previous = south;
        for (double t : lanes) {
            int spine = junction(block, 0.5 + CityLayout.jitter(random, 0.02), t);
            footway(previous, spine, 0);
            footway(spine, junction(block, 0.08 + 0.04 * random.nextDouble(), t), bulge(0.03));
            footway(spine, junction(block, 0.88 + 0.04 * random.nextDouble(), t), bulge(0.03));
            previous = spine;
        }
        footway(previous, north, 0);
    }

    /** Block parameters {@code t} of the alleys of an old-lanes block, about 35 m apart; houses stand between them. */
    static double[] laneRows(double height_m) {
        int lanes = (int) Math.max(3, Math.min(5, Math.round(height_m / 35)));
        double[] rows = new double[lanes];
        for (int l = 0; l < lanes; l++) {
            rows[l] = 0.15 + 0.7 * l / (lanes - 1);
        }
        return rows;
    }

    /** A curved loop with paths to the block's south-west and north-east corners and to the side streets. */
    private void park(BlockFrame block, int southWest, int northEast, int west, int east) {
        int[] ring = ring(block, 8, 0.3, 0.12);
        footway(southWest, ring[5], bulge(0.1));
        footway(northEast, ring[1], bulge(0.1));
        footway(west, ring[4], bulge(0.1));
        footway(east, ring[0], bulge(0.1));
    }

    private void campus(BlockFrame block, int[] mids) {
        int centre = junction(block, 0.5, 0.5);
        for (int mid : mids) {
            footway(mid, centre, 0);
        }
    }

    private void serviceRoad(BlockFrame block, int mid) {
        if (random.nextDouble() < 0.5) {
            plan.addSegment(mid, junction(block, 0.5, 0.5), StreetPlan.LOCAL, 0, 0);
        }
    }

    /** A closed loop of {@code n} junctions around the block centre, starting east, counter-clockwise. */
    private int[] ring(BlockFrame block, int n, double radius, double curve) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            ids[i] = junction(block, 0.5 + radius * StrictMath.cos(angle), 0.5 + radius * StrictMath.sin(angle));
        }
        for (int i = 0; i < n; i++) {
            footway(ids[i], ids[(i + 1) % n], -curve);
        }
        return ids;
    }

    private int junction(BlockFrame block, double s, double t) {
        return plan.addJunction(block.x(s, t), block.y(s, t));
    }

    /** A footway, skipped where an end is missing; on a hill, half of them are steps. */
    private void footway(int from, int to, double bulge) {
        if (from < 0 || to < 0) {
            return;
        }
        double midX = (plan.x(from) + plan.x(to)) / 2;
        double midY = (plan.y(from) + plan.y(to)) / 2;
        int steps = layout.onHill(midX, midY) && random.nextDouble() < 0.5 ? WalkGraph.STEPS : 0;
        plan.addSegment(from, to, StreetPlan.FOOTWAY, steps, bulge);
    }

    private double bulge(double max) {
        return CityLayout.jitter(random, max);
    }
}
