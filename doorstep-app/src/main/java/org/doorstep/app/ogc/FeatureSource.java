package org.doorstep.app.ogc;

import java.util.Map;
import java.util.Optional;
import org.doorstep.app.account.AccessScope;

/** One collection's features, read with the user's scope. */
interface FeatureSource {

    String id();

    String title();

    String description();

    FeaturePage items(AccessScope scope, FeatureQuery query);

    Optional<Map<String, Object>> item(AccessScope scope, String featureId, FeatureQuery query);

    static Map<String, Object> feature(Object id, Object geometry, Map<String, Object> properties) {
        return Map.of("type", "Feature", "id", id, "geometry", geometry, "properties", properties);
    }

    static Map<String, Object> point(double lon, double lat) {
        return Map.of("type", "Point", "coordinates", new double[] {lon, lat});
    }
}
