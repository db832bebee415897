package org.doorstep.app.facility;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A candidate site to add: idle or vacated space that could hold a new facility.
 *
 * @param usableFloorArea_m2 usable floor area, null where unknown
 * @param conversionCost_yuan estimated cost of converting it, more than zero, null where not estimated
 * @param availableFrom the day it can be used, null for now
 */
public record NewCandidateSite(
        long communityId,
        double lon,
        double lat,
        String address,
        @Nullable Double usableFloorArea_m2,
        @Nullable String owner,
        @Nullable Double conversionCost_yuan,
        SiteAvailability availability,
        @Nullable LocalDate availableFrom,
        @Nullable String notes) {}
