package org.doorstep.app.registry;

import org.jspecify.annotations.Nullable;

/** A registered household and how many residents it has; no resident's data. */
record Household(
        long id,
        long communityId,
        @Nullable Long buildingId,
        @Nullable String ref,
        String address,
        @Nullable String unit,
        long members) {

    HouseholdData data() {
        return new HouseholdData(communityId, buildingId, ref, address, unit);
    }
}
