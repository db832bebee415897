package org.doorstep.app.place;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes places as GeoJSON (RFC 7946): one place's boundary as a Feature, and the communities below a place as a
 * FeatureCollection whose properties ({@code code}, {@code name}, {@code level}, {@code parent_code}) are the ones the
 * GeoJSON import reads, so that an export can be edited in QGIS and imported back.
 */
@Component
class PlaceGeoJson {

    static final String MEDIA_TYPE = "application/geo+json";

    private final ObjectMapper json;

    PlaceGeoJson(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode boundaryFeature(Place place, String boundaryGeoJson) {
        ObjectNode feature = feature(boundaryGeoJson);
        ObjectNode properties = feature.putObject("properties");
        properties.put("id", place.id());
        properties.put("code", place.code());
        properties.put("name", place.name());
        properties.put("level", place.level().name());
        return feature;
    }

    ObjectNode communities(List<CommunityArea> communities) {
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (CommunityArea community : communities) {
            ObjectNode feature = feature(community.boundaryGeoJson());
            feature.put("id", community.id());
            ObjectNode properties = feature.putObject("properties");
            properties.put("id", community.id());
            properties.put("code", community.code());
            properties.put("name", community.name());
            properties.put("level", PlaceLevel.COMMUNITY.name());
            properties.put("parent_code", community.parentCode());
            properties.put("centre_lon", community.centreLon());
            properties.put("centre_lat", community.centreLat());
            features.add(feature);
        }
        return collection;
    }

    private ObjectNode feature(@Nullable String geometry) {
        ObjectNode feature = json.createObjectNode();
        feature.put("type", "Feature");
        feature.set("geometry", geometry == null ? json.nullNode() : parse(geometry));
        return feature;
    }

    private JsonNode parse(String geometry) {
        try {
            return json.readTree(geometry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored boundary is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
