package org.doorstep.app.ogc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.app.account.AccessScope;

/** A collection small enough to read whole and filter in memory (facilities and communities of a city). */
abstract class ListedFeatures implements FeatureSource {

    /** Every feature of the query's cities inside its box. */
    abstract List<Map<String, Object>> all(AccessScope scope, FeatureQuery query);

    @Override
    public FeaturePage items(AccessScope scope, FeatureQuery query) {
        return FeaturePage.slice(all(scope, query), query);
    }

    @Override
    public Optional<Map<String, Object>> item(AccessScope scope, String featureId, FeatureQuery query) {
        return all(scope, query).stream()
                .filter(f -> String.valueOf(f.get("id")).equals(featureId))
                .findFirst();
    }
}
