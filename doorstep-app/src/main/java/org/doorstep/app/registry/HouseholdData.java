package org.doorstep.app.registry;

import org.jspecify.annotations.Nullable;

/**
 * A household's own data.
 *
 * @param buildingId the building it lives in, null where unknown; must lie in the community
 * @param ref the household's number in the community's books (户号), unique in the community, null where none
 */
record HouseholdData(
        long communityId, @Nullable Long buildingId, @Nullable String ref, String address, @Nullable String unit) {

    static final int MAX_REF = 64;
    static final int MAX_ADDRESS = 300;
    static final int MAX_UNIT = 50;

    HouseholdData {
        ref = blankToNull(ref);
        address = address.trim();
        unit = blankToNull(unit);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
