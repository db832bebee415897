package org.doorstep.app.facility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A GeoJSON FeatureCollection (RFC 7946) of Points being written, as QGIS, GDAL and the engine's
 * {@code plan --candidates} read it. Not thread-safe; one per export.
 */
final class PointFeatures {

    /** The attribution ODbL asks of anything showing OpenStreetMap data. */
    static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0";

    static final String MEDIA_TYPE = "application/geo+json";

    private final ObjectMapper json;
    private final ObjectNode collection;
    private final ArrayNode features;

    PointFeatures(ObjectMapper json) {
        this.json = json;
        this.collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        this.features = collection.putArray("features");
    }

    /** Adds a Point feature; returns its properties to fill. */
    ObjectNode add(double lon, double lat) {
        ObjectNode feature = features.addObject();
        feature.put("type", "Feature");
        ObjectNode geometry = feature.putObject("geometry");
        geometry.put("type", "Point");
        geometry.putArray("coordinates").add(lon).add(lat);
        return feature.putObject("properties");
    }

    /** Marks the collection as holding OpenStreetMap data. */
    void attributeOpenStreetMap() {
        collection.put("attribution", OSM_ATTRIBUTION);
    }

    byte[] toBytes() {
        try {
            return json.writeValueAsBytes(collection);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write GeoJSON", e);
        }
    }
}
