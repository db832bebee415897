package org.doorstep.app.ogc;

import java.util.Map;
import org.doorstep.app.planning.Bbox;
import org.jspecify.annotations.Nullable;

/**
 * An items request: the box (the whole world when absent), the page, and the collection's own parameters
 * ({@code city}, {@code category}, {@code minutes}).
 */
record FeatureQuery(Bbox bbox, int limit, long offset, Map<String, String> parameters) {

    static final Bbox WORLD = new Bbox(-180, -90, 180, 90);

    @Nullable
    String parameter(String name) {
        return parameters.get(name);
    }
}
