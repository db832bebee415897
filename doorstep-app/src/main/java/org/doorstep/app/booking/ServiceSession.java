package org.doorstep.app.booking;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A session with its places: {@code held} counts confirmed and requested bookings and open offers, never more than
 * {@code capacity}.
 *
 * @param waiting bookings on the waitlist (with or without an open offer)
 */
public record ServiceSession(
        long id,
        long serviceId,
        long facilityId,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        int held,
        int waiting,
        @Nullable Integer carers) {}
