package org.doorstep.engine.generate;

import java.util.SplittableRandom;
import org.doorstep.engine.graph.WalkGraph;

/**
 * Lays out the street network of a {@link CityLayout}: arterials between the grid corners, split wherever a local
 * street of either neighbouring superblock meets them (T-junctions rarely line up across an arterial, as in real
 * Chinese superblocks), then the jittered local streets with a few segments missing, then each block's own paths
 * ({@link BlockPaths}).
 */
final class StreetPlanner {

    /** Local streets of two neighbours closer than this along an arterial meet it at one junction. */
    private static final double MERGE_M = 15;

    private static final double LOCAL_JITTER_M = 8;
    private static final double MISSING_SEGMENT = 0.05;

    private final CityLayout layout;
    private final StreetPlan plan = new StreetPlan();
    private final SplittableRandom random;

    private StreetPlanner(CityLayout layout, SplittableRandom random) {
        this.layout = layout;
        this.random = random;
    }

    static StreetPlan plan(CityLayout layout, SplittableRandom random) {
        StreetPlanner planner = new StreetPlanner(layout, random);
        for (int c = 0; c < layout.cornerX.length; c++) {
            planner.plan.addJunction(layout.cornerX[c], layout.cornerY[c]);
        }
        planner.planArterials();
        BlockPaths paths = new BlockPaths(layout, planner.plan, random);
        for (Superblock sb : layout.superblocks) {
            planner.planLocalStreets(sb);
            paths.plan(sb);
        }
        return planner.plan;
    }

    private void planArterials() {
        int cols = layout.columns;
        int rows = layout.rows;
        for (int j = 0; j <= rows; j++) {
            for (int i = 0; i < cols; i++) {
                Superblock south = j > 0 ? layout.superblocks[(j - 1) * cols + i] : null;
                Superblock north = j < rows ? layout.superblocks[j * cols + i] : null;
                splitArterial(layout.corner(i, j), layout.corner(i + 1, j), south, north, true, StreetPlan.ARTERIAL);
            }
        }
        for (int i = 0; i <= cols; i++) {
            for (int j = 0; j < rows; j++) {
                Superblock west = i > 0 ? layout.superblocks[j * cols + i - 1] : null;
                Superblock east = i < cols ? layout.superblocks[j * cols + i] : null;
                byte kind = layout.bridge[i] && j == layout.riverRow ? StreetPlan.BRIDGE : StreetPlan.ARTERIAL;
                splitArterial(layout.corner(i, j), layout.corner(i, j + 1), west, east, false, kind);
            }
        }
    }

    /**
     * Splits the arterial from corner {@code a} to {@code b} at the local streets of the superblocks on either side
     * ({@code first}: south or west, whose far side it is; {@code second}: north or east, whose near side it is) and
     * records the junctions in their grids.
     */
    private void splitArterial(int a, int b, Superblock first, Superblock second, boolean horizontal, byte kind) {
        double[] firstParams = first == null ? new double[2] : horizontal ? first.u : first.v;
        double[] secondParams = second == null ? new double[2] : horizontal ? second.u : second.v;
        int[] firstIds = new int[firstParams.length];
        int[] secondIds = new int[secondParams.length];
        firstIds[0] = a;
        secondIds[0] = a;
        int previous = a;
        double previousT = 0;
        double length = Math.hypot(plan.x(b) - plan.x(a), plan.y(b) - plan.y(a));
        int p = 1;
        int q = 1;
        while (p < firstParams.length - 1 || q < secondParams.length - 1) {
            boolean takeFirst =
                    q >= secondParams.length - 1 || (p < firstParams.length - 1 && firstParams[p] <= secondParams[q]);
            double t = takeFirst ? firstParams[p] : secondParams[q];
            int id = previous;
            if ((t - previousT) * length >= MERGE_M) {
                id = plan.addJunction(plan.x(a) + t * (plan.x(b) - plan.x(a)), plan.y(a) + t * (plan.y(b) - plan.y(a)));
                plan.addSegment(previous, id, kind, 0, 0);
                previous = id;
                previousT = t;
            }
            if (takeFirst) {
                firstIds[p++] = id;
            } else {
                secondIds[q++] = id;
            }
        }
        plan.addSegment(previous, b, kind, 0, 0);
        firstIds[firstIds.length - 1] = b;
        secondIds[secondIds.length - 1] = b;
        record(first, firstIds, horizontal, false);
        record(second, secondIds, horizontal, true);
    }

    private static void record(Superblock sb, int[] ids, boolean horizontal, boolean nearSide) {
        if (sb == null) {
            return;
        }
        int a = sb.blocksU();
        int b = sb.blocksV();
        for (int n = 0; n < ids.length; n++) {
            int k = horizontal ? n : nearSide ? 0 : a;
            int m = horizontal ? (nearSide ? 0 : b) : n;
            sb.grid[m * (a + 1) + k] = ids[n];
        }
    }

    private void planLocalStreets(Superblock sb) {
        int a = sb.blocksU();
        int b = sb.blocksV();
        for (int m = 1; m < b; m++) {
            for (int k = 1; k < a; k++) {
                double x = sb.x(sb.u[k], sb.v[m]) + CityLayout.jitter(random, LOCAL_JITTER_M);
                double y = sb.y(sb.u[k], sb.v[m]) + CityLayout.jitter(random, LOCAL_JITTER_M);
                sb.grid[m * (a + 1) + k] = plan.addJunction(x, y);
            }
        }
        for (int m = 1; m < b; m++) {
            for (int k = 0; k < a; k++) {
                sb.midH[m * a + k] = localSegment(sb.gridJunction(k, m), sb.gridJunction(k + 1, m));
            }
        }
        for (int k = 1; k < a; k++) {
            for (int m = 0; m < b; m++) {
                sb.midV[k * b + m] = localSegment(sb.gridJunction(k, m), sb.gridJunction(k, m + 1));
            }
        }
    }

    /** A local street segment in two halves around a midpoint junction; each half is missing now and then. */
    private int localSegment(int from, int to) {
        int mid = plan.addJunction((plan.x(from) + plan.x(to)) / 2, (plan.y(from) + plan.y(to)) / 2);
        int steps = layout.onHill(plan.x(mid), plan.y(mid)) && random.nextDouble() < 0.15 ? WalkGraph.STEPS : 0;
        if (random.nextDouble() >= MISSING_SEGMENT) {
            plan.addSegment(from, mid, StreetPlan.LOCAL, steps, 0);
        }
        if (random.nextDouble() >= MISSING_SEGMENT) {
            plan.addSegment(mid, to, StreetPlan.LOCAL, steps, 0);
        }
        return mid;
    }
}
