package org.doorstep.app.booking;

/**
 * Where a booking stands. A booking that gets a place is {@link #CONFIRMED} at once, or {@link #REQUESTED} where the
 * service needs the operator's approval; one that finds the session full is {@link #WAITLISTED} and may later be
 * offered a freed place. Requested and confirmed bookings (and open offers) hold one of the session's places.
 */
public enum BookingStatus {
    REQUESTED,
    CONFIRMED,
    WAITLISTED,
    CANCELLED,
    ATTENDED,
    NO_SHOW;

    /** True while the booking takes, or waits for, a place. */
    public boolean isLive() {
        return this == REQUESTED || this == CONFIRMED || this == WAITLISTED;
    }
}
