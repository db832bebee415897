package org.doorstep.engine.cli;

import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A GeoJSON FeatureCollection (RFC 7946, longitude and latitude in WGS 84 degrees, seven decimals) written one feature
 * per line, so that files stay readable and diffable; QGIS and GDAL read it as is. Not thread-safe.
 */
final class GeoJsonFeatures {

    private static final int DECIMALS = 7;

    private final StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
    private int count;

    /** Adds a Point feature; {@code properties} writes the members of the properties object. */
    void point(int lonE7, int latE7, Consumer<JsonWriter> properties) {
        JsonWriter json = start();
        json.name("geometry")
                .beginObject()
                .name("type")
                .value("Point")
                .name("coordinates")
                .beginArray();
        json.value(lonE7 / 1e7, DECIMALS)
                .value(latE7 / 1e7, DECIMALS)
                .endArray()
                .endObject();
        finish(json, properties);
    }

    /** Adds a Polygon feature (in degrees, x = longitude); {@code properties} writes the properties' members. */
    void polygon(Polygon polygon, Consumer<JsonWriter> properties) {
        JsonWriter json = start();
        json.name("geometry")
                .beginObject()
                .name("type")
                .value("Polygon")
                .name("coordinates")
                .beginArray();
        ring(json, polygon.getExteriorRing());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            ring(json, polygon.getInteriorRingN(i));
        }
        json.endArray().endObject();
        finish(json, properties);
    }

    /** The collection, ending with a new line. */
    String toJson() {
        return out + (count > 0 ? "\n" : "") + "]}\n";
    }

    private static JsonWriter start() {
        return JsonWriter.compact().beginObject().name("type").value("Feature");
    }

    private void finish(JsonWriter json, Consumer<JsonWriter> properties) {
        json.name("properties").beginObject();
        properties.accept(json);
        json.endObject().endObject();
        out.append(count > 0 ? ",\n" : "").append(json.toJsonValue());
        count++;
    }

    private static void ring(JsonWriter json, LineString ring) {
        json.beginArray();
        for (Coordinate c : ring.getCoordinates()) {
            json.beginArray().value(c.x, DECIMALS).value(c.y, DECIMALS).endArray();
        }
        json.endArray();
    }
}
