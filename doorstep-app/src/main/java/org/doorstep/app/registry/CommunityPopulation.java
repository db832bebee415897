package org.doorstep.app.registry;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.doorstep.engine.category.AgeBand;

/**
 * A community's registered population, unsuppressed, for system-level planning: households, residents and residents
 * per age band and per special group. Every band and every group has an entry (0 where none).
 */
public record CommunityPopulation(
        long communityId,
        long households,
        long residents,
        Map<AgeBand, Long> residentsByAgeBand,
        Map<SpecialGroup, Long> residentsByGroup) {

    public CommunityPopulation {
        residentsByAgeBand = Collections.unmodifiableMap(new EnumMap<>(residentsByAgeBand));
        residentsByGroup = Collections.unmodifiableMap(new EnumMap<>(residentsByGroup));
    }
}
