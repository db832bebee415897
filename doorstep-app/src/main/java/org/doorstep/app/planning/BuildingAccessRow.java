package org.doorstep.app.planning;

import org.jspecify.annotations.Nullable;

/**
 * One building's walking time to the nearest facility of a category in an evaluation run, as planners see it: the
 * residents it holds, suppressed (null, {@code suppressed} set) under 5.
 *
 * @param walkTime_s whole seconds, null where no facility is reachable
 */
public record BuildingAccessRow(
        long buildingId,
        long communityId,
        double lon,
        double lat,
        @Nullable Integer walkTime_s,
        @Nullable Long residents,
        boolean suppressed) {}
