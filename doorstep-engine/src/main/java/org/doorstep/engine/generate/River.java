package org.doorstep.engine.generate;

/**
 * A meandering river crossing the city from west to east through the middle of one row of superblocks. Its centre line
 * is {@code y = baseY + amplitude · sin(2πx / wavelength + phase)} in local metres; only the bridges may cross it,
 * which leaves the far bank a long walk away. Immutable.
 */
final class River {

    static final double HALF_WIDTH_M = 40;
    static final double AMPLITUDE_M = 30;

    private final double baseY_m;
    private final double wavelength_m;
    private final double phase;

    River(double baseY_m, double wavelength_m, double phase) {
        this.baseY_m = baseY_m;
        this.wavelength_m = wavelength_m;
        this.phase = phase;
    }

    double centreY_m(double x_m) {
        return baseY_m + AMPLITUDE_M * StrictMath.sin(2 * Math.PI * x_m / wavelength_m + phase);
    }

    /** True where a point lies on the water or within {@code margin_m} of the banks. */
    boolean near(double x_m, double y_m, double margin_m) {
        return Math.abs(y_m - centreY_m(x_m)) < HALF_WIDTH_M + margin_m;
    }

    /** True north of the centre line. */
    boolean north(double x_m, double y_m) {
        return y_m > centreY_m(x_m);
    }
}
