package org.doorstep.app.planning;

import org.jspecify.annotations.Nullable;

/**
 * One community's walking access to one category within one threshold, as planners see it: counts under 5 suppressed
 * (null, with {@code suppressed} set), shares null where undefined.
 */
public record CommunityCoverageRow(
        long communityId,
        String communityName,
        @Nullable String communityCode,
        String category,
        int minutes,
        @Nullable Double residents,
        @Nullable Double households,
        @Nullable Double targetGroup,
        boolean suppressed,
        @Nullable Double residentShare,
        @Nullable Double targetShare,
        @Nullable Double meanE2sfca,
        @Nullable Double area_m2Per100Households) {}
