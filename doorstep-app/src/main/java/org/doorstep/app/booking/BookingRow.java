package org.doorstep.app.booking;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A booking as stored. */
record BookingRow(
        long id,
        long sessionId,
        long serviceId,
        long facilityId,
        long residentId,
        long householdId,
        long communityId,
        long bookedBy,
        @Nullable String idempotencyKey,
        BookingStatus status,
        @Nullable Integer waitlistSeq,
        @Nullable Instant offerExpiresAt,
        int price_fen,
        Instant createdAt) {

    /** True while the booking takes one of the session's places: confirmed, requested, or holding an offer. */
    boolean holdsPlace() {
        return status == BookingStatus.CONFIRMED
                || status == BookingStatus.REQUESTED
                || (status == BookingStatus.WAITLISTED && offerExpiresAt != null);
    }

    /** This booking as placed: with its id, and its status and waitlist number as the placement decided. */
    BookingRow placed(long newId, BookingStatus newStatus, @Nullable Integer newWaitlistSeq) {
        return new BookingRow(
                newId,
                sessionId,
                serviceId,
                facilityId,
                residentId,
                householdId,
                communityId,
                bookedBy,
                idempotencyKey,
                newStatus,
                newWaitlistSeq,
                offerExpiresAt,
                price_fen,
                createdAt);
    }

    Booking view(@Nullable Integer waitlistPosition) {
        return new Booking(
                id,
                sessionId,
                serviceId,
                facilityId,
                residentId,
                householdId,
                status,
                waitlistPosition,
                offerExpiresAt,
                price_fen,
                createdAt);
    }
}
