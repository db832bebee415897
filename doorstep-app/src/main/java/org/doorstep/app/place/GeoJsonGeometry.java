package org.doorstep.app.place;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads a GeoJSON Polygon or MultiPolygon (RFC 7946, WGS 84 longitude and latitude) into a JTS geometry and checks it:
 * every ring closed and of at least four positions, every position inside the WGS 84 range, and the whole valid in
 * the OGC sense (no self-intersection, holes inside their shell). Each fault is reported in words that name the polygon,
 * ring and position. Stateless.
 */
final class GeoJsonGeometry {

    /** The capacity of the boundary column (V1). */
    private static final int MAX_CHARS = 4_000_000;

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJsonGeometry() {}

    /** A checked boundary, its GeoJSON text (compact) and its centroid. */
    record Boundary(Geometry geometry, String geoJson, double centreLon, double centreLat) {}

    /**
     * Reads a geometry, adding a message to {@code faults} for every fault; returns null when there is any.
     *
     * @param node the {@code geometry} member of a feature (or a bare geometry object)
     */
    static @Nullable Boundary read(@Nullable JsonNode node, List<String> faults) {
        int before = faults.size();
        if (node == null || !node.isObject()) {
            faults.add("expected a Polygon or MultiPolygon geometry object");
            return null;
        }
        String type = node.path("type").asText("");
        JsonNode coordinates = node.path("coordinates");
        List<Polygon> polygons = new ArrayList<>();
        if (type.equals("Polygon")) {
            addPolygon(coordinates, "", polygons, faults);
        } else if (type.equals("MultiPolygon")) {
            if (!coordinates.isArray() || coordinates.isEmpty()) {
                faults.add("a MultiPolygon needs a non-empty array of polygons");
            }
            for (int p = 0; p < coordinates.size(); p++) {
                addPolygon(coordinates.get(p), "polygon " + p + ", ", polygons, faults);
            }
        } else {
            faults.add("expected a Polygon or MultiPolygon, got " + (type.isEmpty() ? "no type" : type));
        }
        if (faults.size() > before) {
            return null;
        }
        Geometry geometry = polygons.size() == 1 && type.equals("Polygon")
                ? polygons.get(0)
                : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            faults.add(
                    "not a valid polygon: " + error.getMessage() + (at == null ? "" : " at " + position(at.x, at.y)));
            return null;
        }
        String text = node.toString();
        if (text.length() > MAX_CHARS) {
            faults.add("larger than " + MAX_CHARS + " characters of GeoJSON; simplify the boundary");
            return null;
        }
        Point centroid = geometry.getCentroid();
        return new Boundary(geometry, text, centroid.getX(), centroid.getY());
    }

    private static void addPolygon(JsonNode rings, String where, List<Polygon> polygons, List<String> faults) {
        if (!rings.isArray() || rings.isEmpty()) {
            faults.add(where + "a polygon needs a non-empty array of rings");
            return;
        }
        List<LinearRing> read = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            LinearRing ring = ring(rings.get(r), where + "ring " + r, faults);
            if (ring != null) {
                read.add(ring);
            }
        }
        if (read.size() == rings.size()) {
            polygons.add(FACTORY.createPolygon(
                    read.get(0), read.subList(1, read.size()).toArray(LinearRing[]::new)));
        }
    }

    private static @Nullable LinearRing ring(JsonNode positions, String where, List<String> faults) {
        if (!positions.isArray() || positions.size() < 4) {
            faults.add(where + ": a ring needs at least 4 positions, got "
                    + (positions.isArray() ? positions.size() : "no array"));
            return null;
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        boolean ok = true;
        for (int i = 0; i < positions.size(); i++) {
            coordinates[i] = coordinate(positions.get(i), where + ", position " + i, faults);
            ok &= coordinates[i] != null;
        }
        if (!ok) {
            return null;
        }
        Coordinate first = coordinates[0];
        Coordinate last = coordinates[coordinates.length - 1];
        if (!first.equals2D(last)) {
            faults.add(where + ": not closed, the first position " + position(first.x, first.y)
                    + " differs from the last " + position(last.x, last.y));
            return null;
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static @Nullable Coordinate coordinate(JsonNode position, String where, List<String> faults) {
        if (!position.isArray()
                || position.size() < 2
                || !position.get(0).isNumber()
                || !position.get(1).isNumber()) {
            faults.add(where + ": expected [longitude, latitude], got " + position);
            return null;
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            faults.add(where + ": " + position(lon, lat)
                    + " is outside WGS 84 (longitude -180..180, latitude -90..90; is the order [lon, lat]?)");
            return null;
        }
        return new Coordinate(lon, lat);
    }

    private static String position(double lon, double lat) {
        return String.format(Locale.ROOT, "[%s, %s]", lon, lat);
    }
}
