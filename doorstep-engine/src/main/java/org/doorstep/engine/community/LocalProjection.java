package org.doorstep.engine.community;

import org.doorstep.engine.graph.GeoDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * An equirectangular projection to metres around one latitude, good to a fraction of a percent across a city, so that
 * areas, buffers and Voronoi cells are computed in metres rather than in stretched degrees.
 */
final class LocalProjection {

    private final double metresPerDegreeLat;
    private final double metresPerDegreeLon;

    LocalProjection(double centreLat) {
        this.metresPerDegreeLat = StrictMath.toRadians(GeoDistance.EARTH_RADIUS_M);
        this.metresPerDegreeLon = metresPerDegreeLat * StrictMath.cos(StrictMath.toRadians(centreLat));
    }

    Coordinate toMetres(int lonE7, int latE7) {
        return new Coordinate(
                GeoDistance.toDegrees(lonE7) * metresPerDegreeLon, GeoDistance.toDegrees(latE7) * metresPerDegreeLat);
    }

    /** Projects a geometry in metres back to degrees, in place, and returns it. */
    Geometry toDegrees(Geometry metres) {
        metres.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            c.x = c.x / metresPerDegreeLon;
            c.y = c.y / metresPerDegreeLat;
        });
        metres.geometryChanged();
        return metres;
    }
}
