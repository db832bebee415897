package org.doorstep.app.booking;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A session of a service: when, and how many places.
 *
 * @param carers carers on duty where the capacity follows carer-to-child ratios, else null
 */
public record NewSession(long serviceId, Instant startsAt, Instant endsAt, int capacity, @Nullable Integer carers) {}
