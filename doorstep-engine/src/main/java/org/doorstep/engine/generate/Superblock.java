package org.doorstep.engine.generate;

/**
 * One superblock between four arterials, which is also one community: a convex quadrilateral in local metres, cut by
 * local streets at parameters {@code u} (west to east) and {@code v} (south to north) into blocks {@code (k, m)}, each
 * with its land use. The street planner fills in the junction ids of the local grid and of the midpoints of the local
 * street segments. Not thread-safe; used while one city is generated.
 */
final class Superblock {

    final int index;
    final int column;
    final int row;
    /** Corners south-west, south-east, north-east, north-west. */
    final double[] cornerX;

    final double[] cornerY;
    /** Local street parameters including the arterials: {@code u[0] = 0 .. u[a] = 1}. */
    final double[] u;

    final double[] v;
    final LandUse[] landUse;
    /** Junction of local line {@code k} and {@code m} at {@code m * (a + 1) + k}. */
    final int[] grid;
    /** Midpoint junction of the segment of horizontal line {@code m} in column {@code k}, at {@code m * a + k}; -1 on an arterial. */
    final int[] midH;
    /** Midpoint junction of the segment of vertical line {@code k} in row {@code m}, at {@code k * b + m}; -1 on an arterial. */
    final int[] midV;

    Superblock(
            int index,
            int column,
            int row,
            double[] cornerX,
            double[] cornerY,
            double[] u,
            double[] v,
            LandUse[] uses) {
        this.index = index;
        this.column = column;
        this.row = row;
        this.cornerX = cornerX;
        this.cornerY = cornerY;
        this.u = u;
        this.v = v;
        this.landUse = uses;
        this.grid = new int[u.length * v.length];
        this.midH = filled(v.length * blocksU());
        this.midV = filled(u.length * blocksV());
    }

    private static int[] filled(int n) {
        int[] ids = new int[n];
        java.util.Arrays.fill(ids, -1);
        return ids;
    }

    int blocksU() {
        return u.length - 1;
    }

    int blocksV() {
        return v.length - 1;
    }

    LandUse landUse(int k, int m) {
        return landUse[m * blocksU() + k];
    }

    int gridJunction(int k, int m) {
        return grid[m * u.length + k];
    }

    /** Bilinear map of the unit square onto the quadrilateral; a convex combination, so it stays inside. */
    double x(double s, double t) {
        return bilinear(cornerX, s, t);
    }

    double y(double s, double t) {
        return bilinear(cornerY, s, t);
    }

    static double bilinear(double[] c, double s, double t) {
        return (1 - s) * (1 - t) * c[0] + s * (1 - t) * c[1] + s * t * c[2] + (1 - s) * t * c[3];
    }

    /** The block {@code (k, m)} with its corners at the (jittered) local junctions. */
    BlockFrame block(StreetPlan plan, int k, int m) {
        int[] corners = {gridJunction(k, m), gridJunction(k + 1, m), gridJunction(k + 1, m + 1), gridJunction(k, m + 1)
        };
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int c = 0; c < 4; c++) {
            xs[c] = plan.x(corners[c]);
            ys[c] = plan.y(corners[c]);
        }
        return new BlockFrame(xs, ys);
    }
}
