package org.doorstep.app.place;

import org.jspecify.annotations.Nullable;

/** A place to add below {@code parentId} (null for a city); the boundary is a GeoJSON geometry or null. */
public record NewPlace(
        PlaceLevel level,
        @Nullable String code,
        String name,
        @Nullable Long parentId,
        @Nullable String boundaryGeoJson,
        @Nullable Double centreLon,
        @Nullable Double centreLat) {}
