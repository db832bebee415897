package org.doorstep.app.facility;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The body of a candidate-site create or update, every field nullable so that each missing one is reported by name.
 *
 * @param availability AVAILABLE (the default), RESERVED or WITHDRAWN
 */
record CandidateSiteRequest(
        @Nullable Long communityId,
        @Nullable Double lon,
        @Nullable Double lat,
        @Nullable String address,
        @Nullable Double usableFloorArea_m2,
        @Nullable String owner,
        @Nullable Double conversionCost_yuan,
        @Nullable String availability,
        @Nullable LocalDate availableFrom,
        @Nullable String notes) {

    /** The site asked for, or null where a required field is missing or unreadable (each one reported). */
    @Nullable
    NewCandidateSite toNewSite(Faults faults) {
        SiteAvailability parsed = availability == null
                ? SiteAvailability.AVAILABLE
                : Values.parse(SiteAvailability.class, availability, "availability", faults);
        if (communityId == null) {
            faults.add("communityId", "required");
        }
        if (lon == null || lat == null) {
            faults.add(lon == null ? "lon" : "lat", "required");
        }
        if (communityId == null || lon == null || lat == null || parsed == null) {
            return null;
        }
        return new NewCandidateSite(
                communityId,
                lon,
                lat,
                address == null ? "" : address.trim(),
                usableFloorArea_m2,
                FacilityRequest.blankToNull(owner),
                conversionCost_yuan,
                parsed,
                availableFrom,
                FacilityRequest.blankToNull(notes));
    }
}
