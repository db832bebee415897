package org.doorstep.app.request;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A request handed to an operator to carry out, due by the request's promised date.
 *
 * @param state DISPATCHED, COMPLETED or CANCELLED
 */
record WorkOrder(
        long id,
        long requestId,
        long operatorId,
        String state,
        OffsetDateTime dispatchedAt,
        OffsetDateTime dueAt,
        @Nullable OffsetDateTime completedAt,
        @Nullable String note) {}
