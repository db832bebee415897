package org.doorstep.engine.generate;

import java.util.SplittableRandom;

/**
 * Cuts superblocks into blocks and gives each block a land use. Larger cities are denser (more of the land residential,
 * more towers, fewer old lanes), so that a metropolis has communities of 5,000–12,000 residents while the demo town has
 * about 2,000.
 */
final class SuperblockFactory {

    private final CityLayout layout;
    private final double residentialShare;
    private final double towerShare;
    private final double oldLanesShare;

    SuperblockFactory(CityLayout layout, int superblocks) {
        this.layout = layout;
        // 0 up to ~50 superblocks (the demo), 1 from ~5,000 (the 2-million-node benchmark).
        double size = Math.max(0, Math.min(1, (Math.log10(superblocks) - 1.7) / 2));
        this.residentialShare = 0.30 + 0.35 * size;
        this.towerShare = 0.12 + 0.30 * size;
        this.oldLanesShare = 0.25 - 0.10 * size;
    }

    Superblock create(int index, int column, int row, SplittableRandom random) {
        double[] xs = new double[4];
        double[] ys = new double[4];
        int[] corners = {
            layout.corner(column, row),
            layout.corner(column + 1, row),
            layout.corner(column + 1, row + 1),
            layout.corner(column, row + 1)
        };
        for (int c = 0; c < 4; c++) {
            xs[c] = layout.cornerX[corners[c]];
            ys[c] = layout.cornerY[corners[c]];
        }
        double width = Math.hypot(xs[1] - xs[0], ys[1] - ys[0]);
        double height = Math.hypot(xs[3] - xs[0], ys[3] - ys[0]);
        double[] u = localLines(width, random);
        double[] v = row == layout.riverRow ? riverLines(height, random) : localLines(height, random);
        LandUse[] uses = new LandUse[(u.length - 1) * (v.length - 1)];
        for (int b = 0; b < uses.length; b++) {
            boolean riverBlock = row == layout.riverRow && b / (u.length - 1) == 1;
            uses[b] = riverBlock ? LandUse.RIVERBANK : landUse(random);
        }
        ensureResidential(uses);
        return new Superblock(index, column, row, xs, ys, u, v, uses);
    }

    /** Parameters {@code 0, …, 1} of local streets 130–190 m apart: 2 to 4 blocks across. */
    private static double[] localLines(double length_m, SplittableRandom random) {
        int blocks = (int) Math.max(2, Math.min(4, Math.round(length_m / (130 + 60 * random.nextDouble()))));
        double[] params = new double[blocks + 1];
        for (int k = 1; k < blocks; k++) {
            params[k] = (k + CityLayout.jitter(random, 0.2)) / blocks;
        }
        params[blocks] = 1;
        return params;
    }

    /** In the river row: one local street on each side of the water, clear of its meanders. */
    private static double[] riverLines(double height_m, SplittableRandom random) {
        double clear = (River.HALF_WIDTH_M + River.AMPLITUDE_M + 35 + 15 * random.nextDouble()) / height_m;
        return new double[] {0, 0.5 - clear, 0.5 + clear, 1};
    }

    private LandUse landUse(SplittableRandom random) {
        double r = random.nextDouble();
        if (r < residentialShare) {
            double kind = r / residentialShare;
            return kind < towerShare
                    ? LandUse.TOWER
                    : kind < towerShare + oldLanesShare ? LandUse.OLD_LANES : LandUse.WALK_UP;
        }
        double other = random.nextDouble();
        return other < 0.35 ? LandUse.PARK : other < 0.55 ? LandUse.CAMPUS : LandUse.OTHER;
    }

    /** Every community has residents: the first block that may hold them becomes walk-ups. */
    private static void ensureResidential(LandUse[] uses) {
        for (LandUse use : uses) {
            if (use.residential()) {
                return;
            }
        }
        for (int b = 0; b < uses.length; b++) {
            if (uses[b] != LandUse.RIVERBANK) {
                uses[b] = LandUse.WALK_UP;
                return;
            }
        }
    }
}
