package org.doorstep.app.place;

import org.jspecify.annotations.Nullable;

/** A building to add to a community; {@code osmRef} is {@code w123} or {@code r123} where it came from OSM. */
public record NewBuilding(
        long communityId,
        @Nullable Long compoundId,
        @Nullable String osmRef,
        @Nullable String name,
        @Nullable String address,
        double lon,
        double lat,
        @Nullable String footprintGeoJson,
        @Nullable Integer floors,
        @Nullable Boolean hasLift,
        @Nullable Integer yearBuilt,
        @Nullable Double residentialFloorArea_m2) {}
