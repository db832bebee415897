package org.doorstep.app.booking;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.registry.ResidentFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a place or a waitlist number for a booking and records it, inside the caller's transaction: the conditional
 * update of the session's count and the booking's insert commit together or not at all, so that the database, not a
 * check before the insert, keeps confirmed bookings within capacity. The update also locks the session row until
 * commit, which orders concurrent bookings of one session: the order of the waitlist numbers is the order of arrival
 * at that lock.
 */
@Component
class Placement {

    private final SessionRepository sessions;
    private final BookingRepository bookings;

    Placement(SessionRepository sessions, BookingRepository bookings) {
        this.sessions = sessions;
        this.bookings = bookings;
    }

    /**
     * The booking made; empty where the resident already has a live booking of the session or the booker already
     * used the idempotency key, with the place taken given back (a waitlist number taken stays unused: positions
     * count the bookings in line, not the numbers).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Booking> place(
            AccessScope scope,
            BookableSession session,
            ResidentFacts facts,
            @Nullable String idempotencyKey,
            Instant now) {
        OfferedService service = session.service();
        Integer seq = waitlistSeqOrPlace(session);
        boolean taken = seq == null;
        BookingStatus status = !taken
                ? BookingStatus.WAITLISTED
                : service.needsApproval() ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED;
        BookingRow row = new BookingRow(
                0,
                session.sessionId(),
                service.id(),
                service.facilityId(),
                facts.residentId(),
                facts.householdId(),
                facts.communityId(),
                scope.userId(),
                idempotencyKey,
                status,
                seq,
                null,
                Eligibility.price_fen(service, facts),
                now);
        OptionalLong id = bookings.insertIfNew(row, now);
        if (id.isEmpty()) {
            if (taken) {
                sessions.releasePlace(session.sessionId());
            }
            return Optional.empty();
        }
        Integer position = seq == null ? null : bookings.waitlistPosition(session.sessionId(), seq);
        return Optional.of(row.withId(id.getAsLong()).view(position));
    }

    /**
     * Takes a place (null) or, where the session is full, a waitlist number. A session that looked full when read
     * most likely still is, so its number is asked for first, saving the update that would find no place. Both
     * updates are conditional and run under the session's row lock, so a free place is never missed and a full
     * session never overfilled; the loop goes round again only where a booking or a cancellation came in between.
     */
    private @Nullable Integer waitlistSeqOrPlace(BookableSession session) {
        long id = session.sessionId();
        boolean waitlistFirst = session.lookedFull();
        while (true) {
            if (!waitlistFirst && sessions.tryTakePlace(id)) {
                return null;
            }
            OptionalInt seq = sessions.takeWaitlistSeqIfFull(id);
            if (seq.isPresent()) {
                return seq.getAsInt();
            }
            waitlistFirst = false;
        }
    }
}
