package org.doorstep.app.registry;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A household as a client enters it, to create or replace. */
record HouseholdRequest(
        long communityId,
        @Nullable Long buildingId,
        @Nullable String ref,
        @Nullable String address,
        @Nullable String unit) {

    HouseholdData data() {
        return new HouseholdData(communityId, buildingId, ref, Objects.requireNonNullElse(address, ""), unit);
    }
}
