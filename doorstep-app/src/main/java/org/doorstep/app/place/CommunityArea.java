package org.doorstep.app.place;

import org.jspecify.annotations.Nullable;

/** A community with its street's code and its boundary: one feature of the communities GeoJSON export. */
record CommunityArea(
        long id,
        @Nullable String code,
        String name,
        @Nullable String parentCode,
        @Nullable String boundaryGeoJson,
        @Nullable Double centreLon,
        @Nullable Double centreLat) {}
