package org.doorstep.app.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transitions of a booking after it is made, each in one transaction under its session's lock: cancel (passing
 * a held place on), accept an offer, and the operator's confirm, attended and no-show. Lapsed offers of the session are
 * passed on before any of them, so that nobody acts on an offer that has run out.
 */
@Component
class BookingChanges {

    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final Waitlist waitlist;
    private final Clock clock;

    BookingChanges(SessionRepository sessions, BookingRepository bookings, Waitlist waitlist, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.waitlist = waitlist;
        this.clock = clock;
    }

    BookingRow visible(AccessScope scope, long bookingId) {
        return bookings.find(scope, bookingId).orElseThrow(() -> Refusals.notFound("booking", bookingId));
    }

    Booking view(AccessScope scope, long sessionId, long bookingId) {
        expireLapsedOffers(sessionId);
        return withPosition(visible(scope, bookingId));
    }

    /** Passes on lapsed offers of one session, or of every session for null. */
    void expireLapsedOffers(@Nullable Long sessionId) {
        waitlist.expireLapsedOffers(sessionId);
    }

    Booking withPosition(BookingRow row) {
        Integer seq = row.waitlistSeq();
        boolean waiting = row.status() == BookingStatus.WAITLISTED && seq != null;
        return row.view(waiting ? bookings.waitlistPosition(row.sessionId(), seq) : null);
    }

    @Transactional
    Booking cancel(AccessScope scope, long bookingId) {
        BookingRow row = lockedAfterExpiry(scope, bookingId);
        if (!row.status().isLive()) {
            throw Refusals.conflict("booking " + bookingId + " is " + row.status() + " and cannot be cancelled");
        }
        Instant now = now();
        if (row.status() == BookingStatus.WAITLISTED) {
            waitlist.leave(bookingId, row.sessionId(), BookingStatus.CANCELLED, now);
        } else {
            bookings.transition(bookingId, row.status(), BookingStatus.CANCELLED, now);
        }
        if (row.holdsPlace()) {
            waitlist.passOn(row.sessionId(), now);
        }
        return withPosition(visible(scope, bookingId));
    }

    @Transactional
    Booking accept(AccessScope scope, long bookingId) {
        BookingRow row = lockedAfterExpiry(scope, bookingId);
        if (row.status() != BookingStatus.WAITLISTED || row.offerExpiresAt() == null) {
            throw Refusals.conflict("booking " + bookingId + " has no open offer (it is " + row.status() + ")");
        }
        waitlist.leave(bookingId, row.sessionId(), BookingStatus.CONFIRMED, now());
        return withPosition(visible(scope, bookingId));
    }

    @Transactional
    Booking markByOperator(AccessScope scope, long bookingId, BookingStatus from, BookingStatus to) {
        scope.requireRole(Role.OPERATOR, Role.ADMIN);
        BookingRow row = lockedAfterExpiry(scope, bookingId);
        if (row.status() != from) {
            throw Refusals.conflict("booking " + bookingId + " is " + row.status() + ", not " + from);
        }
        bookings.transition(bookingId, from, to, now());
        return withPosition(visible(scope, bookingId));
    }

    /**
     * The booking as it stands under its session's lock, after lapsed offers of the session were passed on; the lock
     * holds until the caller's transaction ends, so nothing changes the booking in between.
     */
    private BookingRow lockedAfterExpiry(AccessScope scope, long bookingId) {
        BookingRow row = visible(scope, bookingId);
        sessions.lock(row.sessionId());
        waitlist.expireLapsedOffers(row.sessionId());
        return visible(scope, bookingId);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
