package org.doorstep.app.request;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A service request as stored, without its reporter's contact details.
 *
 * @param expectedAt the promised date: the request time plus the service-level time, renewed on re-opening
 * @param supporters how many other residents reported the same problem ("+1")
 * @param attributes the Open311 attribute values by code
 */
record ServiceRequest(
        long id,
        String serviceCode,
        RequestState state,
        @Nullable String description,
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable String address,
        @Nullable String addressId,
        @Nullable String zipcode,
        @Nullable Long communityId,
        @Nullable String mediaUrl,
        OffsetDateTime requestedAt,
        OffsetDateTime updatedAt,
        OffsetDateTime expectedAt,
        @Nullable String statusNotes,
        @Nullable String agencyResponsible,
        @Nullable Long operatorId,
        @Nullable String department,
        @Nullable Long reporterUserId,
        int supporters,
        Map<String, String> attributes) {

    /** Open past its promised date. */
    boolean overdue(Instant now) {
        return state.isOpen() && expectedAt.toInstant().isBefore(now);
    }
}
