package org.doorstep.app.booking;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A booking as its booker and the facility's operator see it: the resident by id only.
 *
 * @param waitlistPosition 1 for the first in line, while WAITLISTED; else null
 * @param offerExpiresAt while a freed place is offered to this waitlisted booking, when the offer lapses
 * @param price_fen what the session costs this resident, in fen
 */
public record Booking(
        long id,
        long sessionId,
        long serviceId,
        long facilityId,
        long residentId,
        long householdId,
        BookingStatus status,
        @Nullable Integer waitlistPosition,
        @Nullable Instant offerExpiresAt,
        int price_fen,
        Instant createdAt) {}
