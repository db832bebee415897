package org.doorstep.app.registry;

import org.jspecify.annotations.Nullable;

/**
 * Which residents of a community to list: optionally one household's, optionally one special group's.
 *
 * @param page zero-based page of {@code size} residents, by household then id
 */
record ResidentFilter(long communityId, @Nullable Long householdId, @Nullable SpecialGroup group, int page, int size) {

    /** The largest page a client may ask for. */
    static final int MAX_PAGE_SIZE = 1000;

    /** Everyone in a community, in one page, for an export. */
    static ResidentFilter everyone(long communityId) {
        return new ResidentFilter(communityId, null, null, 0, Integer.MAX_VALUE);
    }
}
