package org.doorstep.app.facility;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A facility as the management API shows it: the stored fields with the names of its type, community and operator.
 *
 * @param category the service category's code, for example {@code elderly_care}
 */
record Facility(
        long id,
        String category,
        String typeCode,
        String typeName,
        String name,
        long communityId,
        @Nullable String communityCode,
        String communityName,
        @Nullable Long buildingId,
        double lon,
        double lat,
        @Nullable Double floorArea_m2,
        List<ServiceCapacity> capacity,
        @Nullable String openingHours,
        FacilityStatus status,
        OperatingModel operatingModel,
        @Nullable Long operatorId,
        @Nullable String operatorName,
        @Nullable String operatorCreditCode,
        @Nullable String osmRef) {

    Facility withCapacity(List<ServiceCapacity> capacity) {
        return new Facility(
                id,
                category,
                typeCode,
                typeName,
                name,
                communityId,
                communityCode,
                communityName,
                buildingId,
                lon,
                lat,
                floorArea_m2,
                List.copyOf(capacity),
                openingHours,
                status,
                operatingModel,
                operatorId,
                operatorName,
                operatorCreditCode,
                osmRef);
    }
}
