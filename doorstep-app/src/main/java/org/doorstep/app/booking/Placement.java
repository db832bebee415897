package org.doorstep.app.booking;

import java.time.Instant;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.registry.ResidentFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a place or a waitlist number for a booking and records it, in one transaction (a savepoint inside the
 * caller's): the conditional update of the session's count and the booking's insert commit together or not at all, so that the database, not a check before the
 * insert, keeps confirmed bookings within capacity. The update also locks the session row until commit, which orders
 * concurrent bookings of one session: the order of the waitlist numbers is the order of arrival at that lock.
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
     * @throws org.springframework.dao.DuplicateKeyException where the resident already has a live booking of the
     *     session or the booker already used the idempotency key; nothing is written then
     */
    @Transactional(propagation = Propagation.NESTED)
    Booking place(
            AccessScope scope,
            ServiceSession session,
            OfferedService service,
            ResidentFacts facts,
            @Nullable String idempotencyKey,
            Instant now) {
        BookingStatus status;
        Integer seq = null;
        if (sessions.tryTakePlace(session.id())) {
            status = service.needsApproval() ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED;
        } else {
            seq = sessions.nextWaitlistSeq(session.id());
            status = BookingStatus.WAITLISTED;
        }
        BookingRow row = new BookingRow(
                0,
                session.id(),
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
        long id = bookings.insert(row, now);
        Integer position = seq == null ? null : bookings.waitlistPosition(session.id(), seq);
        return row.withId(id).view(position);
    }
}
