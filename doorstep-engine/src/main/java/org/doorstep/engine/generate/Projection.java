package org.doorstep.engine.generate;

import org.doorstep.engine.graph.GeoDistance;

/**
 * Local metres (x east, y north of the city centre) to degrees and back, equirectangular about the centre. Over a city
 * of 40 km the error against the haversine lengths of the graph stays well under 1 %. Immutable.
 */
final class Projection {

    private static final double METRES_PER_DEGREE_LAT = GeoDistance.EARTH_RADIUS_M * Math.PI / 180;

    private final double originLon;
    private final double originLat;
    private final double metresPerDegreeLon;

    Projection(double originLon, double originLat) {
        this.originLon = originLon;
        this.originLat = originLat;
        this.metresPerDegreeLon = METRES_PER_DEGREE_LAT * StrictMath.cos(StrictMath.toRadians(originLat));
    }

    double lon(double x_m) {
        return originLon + x_m / metresPerDegreeLon;
    }

    double lat(double y_m) {
        return originLat + y_m / METRES_PER_DEGREE_LAT;
    }

    int lonE7(double x_m) {
        return GeoDistance.toFixed(lon(x_m));
    }

    int latE7(double y_m) {
        return GeoDistance.toFixed(lat(y_m));
    }

    double x_m(int lonE7) {
        return (GeoDistance.toDegrees(lonE7) - originLon) * metresPerDegreeLon;
    }

    double y_m(int latE7) {
        return (GeoDistance.toDegrees(latE7) - originLat) * METRES_PER_DEGREE_LAT;
    }
}
