package org.doorstep.engine.generate;

import java.util.SplittableRandom;

/**
 * The large-scale shape of a generated city: a jittered grid of arterials 400–600 m apart whose cells are the
 * superblocks, a river through the middle row with bridges on a few of the north-south arterials, and hills where
 * footways turn into steps. Coordinates are local metres around the city centre. Immutable once created.
 */
final class CityLayout {

    private static final double CORNER_JITTER_M = 25;

    final int columns;
    final int rows;
    /** Arterial intersections, {@code (rows + 1) × (columns + 1)}, at {@code j * (columns + 1) + i}. */
    final double[] cornerX;

    final double[] cornerY;
    final Superblock[] superblocks;
    final int riverRow;
    final River river;
    /** Per north-south arterial {@code 0..columns}: whether it bridges the river. */
    final boolean[] bridge;

    final double[] hillX;
    final double[] hillY;
    final double[] hillRadius;

    private CityLayout(int columns, int rows, SplittableRandom random) {
        this.columns = columns;
        this.rows = rows;
        double[] lineX = arterialLines(columns, random);
        double[] lineY = arterialLines(rows, random);
        this.cornerX = new double[(rows + 1) * (columns + 1)];
        this.cornerY = new double[cornerX.length];
        for (int c = 0; c < cornerX.length; c++) {
            cornerX[c] = lineX[c % (columns + 1)] + jitter(random, CORNER_JITTER_M);
            cornerY[c] = lineY[c / (columns + 1)] + jitter(random, CORNER_JITTER_M);
        }
        this.riverRow = rows / 2;
        double wavelength = 1500 + 1500 * random.nextDouble();
        this.river =
                new River((lineY[riverRow] + lineY[riverRow + 1]) / 2, wavelength, 2 * Math.PI * random.nextDouble());
        this.bridge = bridges(columns, random);
        int hills = 1 + columns * rows / 150;
        this.hillX = new double[hills];
        this.hillY = new double[hills];
        this.hillRadius = new double[hills];
        for (int h = 0; h < hills; h++) {
            hillX[h] = lineX[0] + random.nextDouble() * (lineX[columns] - lineX[0]);
            hillY[h] = lineY[0] + random.nextDouble() * (lineY[rows] - lineY[0]);
            hillRadius[h] = 250 + 250 * random.nextDouble();
        }
        this.superblocks = new Superblock[columns * rows];
        SuperblockFactory factory = new SuperblockFactory(this, columns * rows);
        for (int s = 0; s < superblocks.length; s++) {
            superblocks[s] = factory.create(s, s % columns, s / columns, random);
        }
    }

    static CityLayout create(CitySpec spec, SplittableRandom random) {
        return new CityLayout(
                CitySpec.columnsFor(spec.targetGraphNodes()), CitySpec.rowsFor(spec.targetGraphNodes()), random);
    }

    /** Positions of {@code n + 1} arterial lines 400–600 m apart, centred on 0. */
    private static double[] arterialLines(int n, SplittableRandom random) {
        double[] lines = new double[n + 1];
        for (int i = 1; i <= n; i++) {
            lines[i] = lines[i - 1] + 400 + 200 * random.nextDouble();
        }
        double centre = lines[n] / 2;
        for (int i = 0; i <= n; i++) {
            lines[i] -= centre;
        }
        return lines;
    }

    /** About one north-south arterial in four crosses the river, at least one. */
    private static boolean[] bridges(int columns, SplittableRandom random) {
        boolean[] bridge = new boolean[columns + 1];
        int offset = random.nextInt(4);
        boolean any = false;
        for (int i = 0; i <= columns; i++) {
            bridge[i] = (i + offset) % 4 == 0;
            any |= bridge[i];
        }
        if (!any) {
            bridge[columns / 2] = true;
        }
        return bridge;
    }

    static double jitter(SplittableRandom random, double amplitude) {
        return (random.nextDouble() * 2 - 1) * amplitude;
    }

    int corner(int i, int j) {
        return j * (columns + 1) + i;
    }

    boolean onHill(double x_m, double y_m) {
        for (int h = 0; h < hillX.length; h++) {
            if (Math.hypot(x_m - hillX[h], y_m - hillY[h]) < hillRadius[h]) {
                return true;
            }
        }
        return false;
    }

    int bridgeCount() {
        int count = 0;
        for (boolean b : bridge) {
            count += b ? 1 : 0;
        }
        return count;
    }
}
