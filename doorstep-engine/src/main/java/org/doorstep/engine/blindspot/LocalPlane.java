package org.doorstep.engine.blindspot;

import org.doorstep.engine.graph.GeoDistance;
import org.doorstep.engine.graph.LocalProjection;
import org.locationtech.jts.geom.Coordinate;

/**
 * An equirectangular plane in metres around the mean latitude of the points in use: exact enough for the few hundred
 * metres that link buildings and buffer areas within one city.
 */
final class LocalPlane {

    private final LocalProjection projection;

    private LocalPlane(double latitude) {
        this.projection = new LocalProjection(0, latitude);
    }

    static LocalPlane around(int[] latE7, boolean[] used) {
        double sum = 0;
        int count = 0;
        for (int b = 0; b < latE7.length; b++) {
            if (used[b]) {
                sum += GeoDistance.toDegrees(latE7[b]);
                count++;
            }
        }
        return new LocalPlane(count == 0 ? 0 : sum / count);
    }

    Coordinate toMetres(int lonE7, int latE7) {
        return new Coordinate(projection.x_m(lonE7), projection.y_m(latE7));
    }

    Coordinate toDegrees(Coordinate metres) {
        return new Coordinate(projection.lon(metres.x), projection.lat(metres.y));
    }

    double distance_m(int[] lonE7, int[] latE7, int a, int b) {
        return toMetres(lonE7[a], latE7[a]).distance(toMetres(lonE7[b], latE7[b]));
    }

    /** The key of the grid cell {@code (dx, dy)} cells away from the point's, cells {@code size_m} wide. */
    long cell(int lonE7, int latE7, double size_m, int dx, int dy) {
        Coordinate c = toMetres(lonE7, latE7);
        long cx = (long) Math.floor(c.x / size_m) + dx;
        long cy = (long) Math.floor(c.y / size_m) + dy;
        return cx * 0x1_0000_0000L + cy;
    }
}
