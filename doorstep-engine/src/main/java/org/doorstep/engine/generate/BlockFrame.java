package org.doorstep.engine.generate;

/**
 * A block between local streets as a quadrilateral in local metres, with a bilinear map from block coordinates
 * {@code (s, t)} in the unit square; points at a given distance from its edges are found through its mean width and
 * height. Immutable.
 */
final class BlockFrame {

    private final double[] cornerX;
    private final double[] cornerY;

    BlockFrame(double[] cornerX, double[] cornerY) {
        this.cornerX = cornerX;
        this.cornerY = cornerY;
    }

    double x(double s, double t) {
        return Superblock.bilinear(cornerX, s, t);
    }

    double y(double s, double t) {
        return Superblock.bilinear(cornerY, s, t);
    }

    /** Mean west-east extent, m. */
    double width_m() {
        return (Math.hypot(cornerX[1] - cornerX[0], cornerY[1] - cornerY[0])
                        + Math.hypot(cornerX[2] - cornerX[3], cornerY[2] - cornerY[3]))
                / 2;
    }

    /** Mean south-north extent, m. */
    double height_m() {
        return (Math.hypot(cornerX[3] - cornerX[0], cornerY[3] - cornerY[0])
                        + Math.hypot(cornerX[2] - cornerX[1], cornerY[2] - cornerY[1]))
                / 2;
    }
}
