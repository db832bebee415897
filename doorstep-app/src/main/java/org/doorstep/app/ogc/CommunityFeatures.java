package org.doorstep.app.ogc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;
import org.doorstep.app.planning.Bbox;
import org.springframework.stereotype.Component;

/**
 * Community boundaries with their names, codes and parents; a community whose boundary's box meets the query's box
 * is included. Boundaries are not personal data.
 */
@Component
class CommunityFeatures extends ListedFeatures {

    private final Places places;
    private final CitySelection cities;
    private final ObjectMapper json;

    CommunityFeatures(Places places, CitySelection cities, ObjectMapper json) {
        this.places = places;
        this.cities = cities;
        this.json = json;
    }

    @Override
    public String id() {
        return "communities";
    }

    @Override
    public String title() {
        return "Communities";
    }

    @Override
    public String description() {
        return "Community (residents' committee) boundaries with their division codes";
    }

    @Override
    List<Map<String, Object>> all(AccessScope scope, FeatureQuery query) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Place city : cities.cities(scope, query)) {
            for (Place community : places.listCommunitiesUnder(city.id())) {
                Optional<String> boundary = places.boundary(community.id());
                if (boundary.isEmpty()) {
                    continue;
                }
                JsonNode geometry = read(boundary.get());
                if (meets(geometry, query.bbox())) {
                    out.add(FeatureSource.feature(community.id(), geometry, properties(community)));
                }
            }
        }
        return out;
    }

    private static Map<String, Object> properties(Place community) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", community.name());
        p.put("code", community.code());
        p.put("streetId", community.streetId());
        p.put("districtId", community.districtId());
        return p;
    }

    private JsonNode read(String geometry) {
        try {
            return json.readTree(geometry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored boundary is not JSON", e);
        }
    }

    /** True when the geometry's own box meets the query's box. */
    static boolean meets(JsonNode geometry, Bbox bbox) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        extend(geometry.path("coordinates"), box);
        return box[0] <= bbox.east() && box[2] >= bbox.west() && box[1] <= bbox.north() && box[3] >= bbox.south();
    }

    private static void extend(JsonNode coordinates, double[] box) {
        if (coordinates.isArray()
                && !coordinates.isEmpty()
                && coordinates.get(0).isNumber()) {
            box[0] = Math.min(box[0], coordinates.get(0).asDouble());
            box[1] = Math.min(box[1], coordinates.get(1).asDouble());
            box[2] = Math.max(box[2], coordinates.get(0).asDouble());
            box[3] = Math.max(box[3], coordinates.get(1).asDouble());
            return;
        }
        coordinates.forEach(child -> extend(child, box));
    }
}
