package org.doorstep.app.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passes freed places down a session's waitlist: the first in line without an offer gets one that lapses after the
 * configured deadline; a lapsed offer cancels its booking and passes the place on; with nobody waiting the place goes
 * back to the session. Callers hold the session's lock ({@link SessionRepository#lock}) or let this class take it.
 */
@Component
class Waitlist {

    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final BookingProperties properties;
    private final Clock clock;

    Waitlist(SessionRepository sessions, BookingRepository bookings, BookingProperties properties, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Moves a waitlisted booking out of its session's line (cancelled, or confirmed on taking its offer) and shortens
     * the line; false where the booking was no longer waiting. Needs the session's lock.
     */
    boolean leave(long bookingId, long sessionId, BookingStatus to, Instant now) {
        boolean left = bookings.transition(bookingId, BookingStatus.WAITLISTED, to, now);
        if (left) {
            sessions.leaveWaitlist(sessionId);
        }
        return left;
    }

    /** A place of the session was given up: offer it to the next in line or give it back. Needs the session's lock. */
    void passOn(long sessionId, Instant now) {
        bookings.firstWaiting(sessionId)
                .ifPresentOrElse(
                        next -> bookings.offer(next, now.plus(properties.offerDeadline()), now),
                        () -> sessions.releasePlace(sessionId));
    }

    /**
     * The session's free places (after its capacity was raised) go down the waitlist as offers, in line, each taken
     * and passed on as a cancelled booking's place would be; returns how many were offered. Needs the session's lock.
     */
    int offerFreePlaces(long sessionId, Instant now) {
        int offered = 0;
        while (bookings.firstWaiting(sessionId).isPresent() && sessions.tryTakePlace(sessionId)) {
            passOn(sessionId, now);
            offered++;
        }
        return offered;
    }

    /**
     * Cancels every booking whose offer has lapsed, of one session or (for null) of all, passing each place on;
     * returns how many lapsed.
     */
    @Transactional
    public int expireLapsedOffers(@Nullable Long sessionId) {
        Instant now = clock.instant();
        List<long[]> lapsed = bookings.lapsedOffers(now, sessionId);
        for (long[] offer : lapsed) {
            sessions.lock(offer[1]);
            if (leave(offer[0], offer[1], BookingStatus.CANCELLED, now)) {
                passOn(offer[1], now);
            }
        }
        return lapsed.size();
    }
}
