package org.doorstep.app.booking;

import java.time.Instant;
import java.util.Optional;
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
     * used the idempotency key, with the place or the place in line taken given back (a waitlist number taken stays
     * unused: positions count the bookings in line, not the numbers).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Booking> place(
            AccessScope scope,
            BookableSession session,
            ResidentFacts facts,
            @Nullable String idempotencyKey,
            Instant now) {
        OfferedService service = session.service();
        SessionRepository.@Nullable LinePlace line = lineOrPlace(session);
        BookingStatus status = line != null
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
                line == null ? null : line.seq(),
                null,
                Eligibility.price_fen(service, facts),
                now);
        OptionalLong id = bookings.insertIfNew(row, now);
        if (id.isEmpty()) {
            if (line == null) {
                sessions.releasePlace(session.sessionId());
            } else {
                sessions.leaveWaitlist(session.sessionId());
            }
            return Optional.empty();
        }
        return Optional.of(row.withId(id.getAsLong()).view(line == null ? null : line.position()));
    }

    /**
     * Takes a place (null) or, where the session is full, a place in its line. A session that looked full when read
     * most likely still is, so the line is tried first, saving the update that would find no place. Both updates are
     * conditional and run under the session's row lock, so a free place is never missed and a full session never
     * overfilled; the loop goes round again only where a booking or a cancellation came in between.
     */
    private SessionRepository.@Nullable LinePlace lineOrPlace(BookableSession session) {
        long id = session.sessionId();
        boolean lineFirst = session.lookedFull();
        while (true) {
            if (!lineFirst && sessions.tryTakePlace(id)) {
                return null;
            }
            Optional<SessionRepository.LinePlace> line = sessions.joinWaitlistIfFull(id);
            if (line.isPresent()) {
                return line.get();
            }
            lineFirst = false;
        }
    }
}
