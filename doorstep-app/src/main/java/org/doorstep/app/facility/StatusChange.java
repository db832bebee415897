package org.doorstep.app.facility;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One change of a facility's status, with who made it and when; {@code from} is null for the facility's creation. */
record StatusChange(
        @Nullable FacilityStatus from,
        FacilityStatus to,
        OffsetDateTime changedAt,
        String changedBy,
        @Nullable String note) {}
