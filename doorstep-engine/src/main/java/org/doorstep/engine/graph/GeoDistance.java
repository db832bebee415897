package org.doorstep.engine.graph;

/**
 * Great-circle distances between fixed-point coordinates (1e-7 degree, r5's {@code VertexStore} convention).
 * {@link StrictMath} keeps every result identical on every machine, so that the same input gives the same bytes.
 */
public final class GeoDistance {

    /** Mean earth radius in metres (IUGG). */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    /** Fixed-point scale of coordinates: 1e7 units per degree. */
    public static final double FIXED_PER_DEGREE = 1e7;

    private GeoDistance() {}

    /** Haversine distance in millimetres between two points in 1e-7 degrees, rounded to the nearest mm. */
    public static long distance_mm(int lonE7a, int latE7a, int lonE7b, int latE7b) {
        double lat1 = StrictMath.toRadians(latE7a / FIXED_PER_DEGREE);
        double lat2 = StrictMath.toRadians(latE7b / FIXED_PER_DEGREE);
        double dLat = lat2 - lat1;
        double dLon = StrictMath.toRadians((lonE7b - (double) lonE7a) / FIXED_PER_DEGREE);
        double sinLat = StrictMath.sin(dLat / 2);
        double sinLon = StrictMath.sin(dLon / 2);
        double h = sinLat * sinLat + StrictMath.cos(lat1) * StrictMath.cos(lat2) * sinLon * sinLon;
        double metres = 2 * EARTH_RADIUS_M * StrictMath.asin(StrictMath.sqrt(Math.min(1.0, h)));
        return Math.round(metres * 1000);
    }

    /** Degrees to fixed point, rounded to the nearest unit. */
    public static int toFixed(double degrees) {
        return (int) Math.round(degrees * FIXED_PER_DEGREE);
    }

    /** Fixed point to degrees. */
    public static double toDegrees(int fixed) {
        return fixed / FIXED_PER_DEGREE;
    }
}
