package org.doorstep.engine.generate;

import java.util.Arrays;

/**
 * The street network before shape nodes: junctions in local metres and segments between them, each a straight line or
 * a parabolic bulge to one side, with a kind and walking flags. Columns over growable primitive arrays, so that a
 * plan of two million nodes holds no per-segment objects. Not thread-safe.
 */
final class StreetPlan {

    static final byte ARTERIAL = 0;
    static final byte LOCAL = 1;
    static final byte FOOTWAY = 2;
    /** An arterial allowed to cross the river. */
    static final byte BRIDGE = 3;

    private double[] x = new double[1024];
    private double[] y = new double[1024];
    private int junctions;
    private int[] from = new int[1024];
    private int[] to = new int[1024];
    private byte[] kind = new byte[1024];
    private byte[] flags = new byte[1024];
    private float[] bulge = new float[1024];
    private int segments;

    int addJunction(double x_m, double y_m) {
        if (junctions == x.length) {
            x = Arrays.copyOf(x, junctions * 2);
            y = Arrays.copyOf(y, junctions * 2);
        }
        x[junctions] = x_m;
        y[junctions] = y_m;
        return junctions++;
    }

    /**
     * Adds a segment; {@code bulgeRatio} is the sideways offset of its midpoint as a fraction of its length (positive
     * to the left of {@code a -> b}).
     */
    void addSegment(int a, int b, byte segmentKind, int walkFlags, double bulgeRatio) {
        if (a == b) {
            return;
        }
        if (segments == from.length) {
            int n = segments * 2;
            from = Arrays.copyOf(from, n);
            to = Arrays.copyOf(to, n);
            kind = Arrays.copyOf(kind, n);
            flags = Arrays.copyOf(flags, n);
            bulge = Arrays.copyOf(bulge, n);
        }
        from[segments] = a;
        to[segments] = b;
        kind[segments] = segmentKind;
        flags[segments] = (byte) walkFlags;
        bulge[segments] = (float) bulgeRatio;
        segments++;
    }

    int junctionCount() {
        return junctions;
    }

    int segmentCount() {
        return segments;
    }

    double x(int junction) {
        return x[junction];
    }

    double y(int junction) {
        return y[junction];
    }

    int from(int segment) {
        return from[segment];
    }

    int to(int segment) {
        return to[segment];
    }

    byte kind(int segment) {
        return kind[segment];
    }

    int flags(int segment) {
        return flags[segment];
    }

    /** Point at {@code t} in [0, 1] along the segment, with its bulge: x. */
    double pointX(int segment, double t) {
        double dy = y[to[segment]] - y[from[segment]];
        double lerp = x[from[segment]] + t * (x[to[segment]] - x[from[segment]]);
        return lerp - 4 * t * (1 - t) * bulge[segment] * dy;
    }

    double pointY(int segment, double t) {
        double dx = x[to[segment]] - x[from[segment]];
        double lerp = y[from[segment]] + t * (y[to[segment]] - y[from[segment]]);
        return lerp + 4 * t * (1 - t) * bulge[segment] * dx;
    }

    /** Length in m: the chord, lengthened by the bulge (a parabola's arc to second order). */
    double length_m(int segment) {
        double chord = Math.hypot(x[to[segment]] - x[from[segment]], y[to[segment]] - y[from[segment]]);
        double b = bulge[segment];
        return chord * (1 + 8.0 / 3.0 * b * b);
    }
}
