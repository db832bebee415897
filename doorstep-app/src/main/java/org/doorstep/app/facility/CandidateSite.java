package org.doorstep.app.facility;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A candidate site as stored, with its community's code.
 *
 * @param usableFloorArea_m2 usable floor area, null where unknown
 * @param conversionCost_yuan estimated conversion cost, null where not estimated
 */
public record CandidateSite(
        long id,
        long communityId,
        @Nullable String communityCode,
        double lon,
        double lat,
        String address,
        @Nullable Double usableFloorArea_m2,
        @Nullable String owner,
        @Nullable Double conversionCost_yuan,
        SiteAvailability availability,
        @Nullable LocalDate availableFrom,
        @Nullable String notes) {}
