package org.doorstep.app.planning;

import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** A JTS polygon in degrees as a GeoJSON Polygon geometry, seven decimals (about a centimetre). Stateless. */
final class PolygonGeoJson {

    private PolygonGeoJson() {}

    static String of(Polygon polygon) {
        StringBuilder out = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[");
        ring(out, polygon.getExteriorRing());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            out.append(',');
            ring(out, polygon.getInteriorRingN(h));
        }
        return out.append("]}").toString();
    }

    private static void ring(StringBuilder out, LineString ring) {
        out.append('[');
        Coordinate[] coordinates = ring.getCoordinates();
        for (int i = 0; i < coordinates.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(String.format(Locale.ROOT, "[%.7f,%.7f]", coordinates[i].x, coordinates[i].y));
        }
        out.append(']');
    }
}
