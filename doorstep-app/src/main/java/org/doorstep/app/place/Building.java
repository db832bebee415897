package org.doorstep.app.place;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jspecify.annotations.Nullable;

/** A building as the place API shows it: the columns of {@code building}, the footprint as a GeoJSON geometry. */
public record Building(
        long id,
        long communityId,
        @Nullable Long compoundId,
        @Nullable String osmRef,
        @Nullable String name,
        @Nullable String address,
        double lon,
        double lat,
        @JsonRawValue @Nullable String footprint,
        @Nullable Integer floors,
        @Nullable Boolean hasLift,
        @Nullable Integer yearBuilt,
        @Nullable Double residentialFloorArea_m2) {}
