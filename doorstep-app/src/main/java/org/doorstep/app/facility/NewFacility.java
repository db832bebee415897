package org.doorstep.app.facility;

import java.util.List;
import org.doorstep.engine.category.ServiceCategory;
import org.jspecify.annotations.Nullable;

/**
 * A facility to add. Its name is unique within its community; its type belongs to its category.
 *
 * @param typeCode a facility type such as {@code day_care_centre} or {@code canteen} ({@code GET /api/facilities/types})
 * @param communityId the community (a place of level COMMUNITY) it lies in
 * @param buildingId the building it occupies, one of the community's, or null
 * @param lon WGS 84 longitude in degrees
 * @param lat WGS 84 latitude in degrees
 * @param floorArea_m2 usable floor area, null where unknown
 * @param openingHours OpenStreetMap {@code opening_hours} syntax, null where unknown
 * @param operatorId the operator running it, null for none (yet)
 * @param osmRef {@code n123}, {@code w123} or {@code r123} where it came from OpenStreetMap, else null
 */
public record NewFacility(
        ServiceCategory category,
        String typeCode,
        String name,
        long communityId,
        @Nullable Long buildingId,
        double lon,
        double lat,
        @Nullable Double floorArea_m2,
        List<ServiceCapacity> capacity,
        @Nullable String openingHours,
        FacilityStatus status,
        OperatingModel operatingModel,
        @Nullable Long operatorId,
        @Nullable String osmRef) {

    public NewFacility {
        capacity = List.copyOf(capacity);
    }
}
