package org.doorstep.app.place;

import org.jspecify.annotations.Nullable;

/**
 * One fault of an imported GeoJSON document.
 *
 * @param feature the feature's index in {@code features}, counted from 0; null for the document as a whole
 * @param property the property at fault ({@code code}, {@code level}, ...; {@code geometry} for the geometry), or null
 */
record FeatureProblem(@Nullable Integer feature, @Nullable String property, String message) {

    @Override
    public String toString() {
        return (feature == null ? "document" : "feature " + feature) + (property == null ? "" : ", " + property) + ": "
                + message;
    }
}
