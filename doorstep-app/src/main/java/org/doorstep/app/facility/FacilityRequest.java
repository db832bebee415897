package org.doorstep.app.facility;

import java.util.List;
import org.doorstep.engine.category.ServiceCategory;
import org.jspecify.annotations.Nullable;

/**
 * The body of a facility create or update. Everything arrives nullable and coded values as text, so that each
 * missing or bad field is reported by name rather than as an unreadable request.
 *
 * @param category a service category code such as {@code elderly_care}
 * @param status PLANNED, BUILDING, OPEN or CLOSED; on update it may be left out (status changes have their own call)
 */
record FacilityRequest(
        @Nullable String category,
        @Nullable String typeCode,
        @Nullable String name,
        @Nullable Long communityId,
        @Nullable Long buildingId,
        @Nullable Double lon,
        @Nullable Double lat,
        @Nullable Double floorArea_m2,
        @Nullable List<ServiceCapacity> capacity,
        @Nullable String openingHours,
        @Nullable String status,
        @Nullable String operatingModel,
        @Nullable Long operatorId,
        @Nullable String osmRef) {

    /**
     * The facility asked for, or null when a field is missing or unreadable (each one reported).
     *
     * @param currentStatus the status to keep when none is given, null where one is required
     */
    @Nullable
    NewFacility toNewFacility(@Nullable FacilityStatus currentStatus, Faults faults) {
        ServiceCategory parsedCategory =
                required(category, "category", faults) ? Values.category(category, "category", faults) : null;
        FacilityStatus parsedStatus = status == null && currentStatus != null
                ? currentStatus
                : required(status, "status", faults)
                        ? Values.parse(FacilityStatus.class, status, "status", faults)
                        : null;
        OperatingModel model = required(operatingModel, "operatingModel", faults)
                ? Values.parse(OperatingModel.class, operatingModel, "operatingModel", faults)
                : null;
        boolean complete = required(typeCode, "typeCode", faults)
                & required(name, "name", faults)
                & required(communityId, "communityId", faults)
                & required(lon, "lon", faults)
                & required(lat, "lat", faults);
        if (!complete || parsedCategory == null || parsedStatus == null || model == null) {
            return null;
        }
        return new NewFacility(
                parsedCategory,
                typeCode.trim(),
                name.trim(),
                communityId,
                buildingId,
                lon,
                lat,
                floorArea_m2,
                capacity == null ? List.of() : capacity,
                blankToNull(openingHours),
                parsedStatus,
                model,
                operatorId,
                blankToNull(osmRef));
    }

    private static boolean required(@Nullable Object value, String field, Faults faults) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            faults.add(field, "required");
            return false;
        }
        return true;
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
