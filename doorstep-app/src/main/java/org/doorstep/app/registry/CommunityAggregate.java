package org.doorstep.app.registry;

import java.util.Map;
import org.doorstep.engine.category.AgeBand;
import org.jspecify.annotations.Nullable;

/** A community's population as planners see it, every count suppressed where small. */
record CommunityAggregate(
        long communityId,
        @Nullable String code,
        String name,
        SuppressedCount households,
        SuppressedCount residents,
        Map<AgeBand, SuppressedCount> residentsByAgeBand,
        Map<SpecialGroup, SuppressedCount> residentsByGroup) {}
