package org.doorstep.app.booking;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.doorstep.app.DatabaseKind;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.privacy.AuditLog;
import org.doorstep.app.privacy.Unrecorded;
import org.doorstep.app.registry.ResidentFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a place or a waitlist number for a booking and records it, atomically: the conditional update of the
 * session's count, the booking's insert and the audit entry of the read that decided it commit together or not at
 * all, so that the database, not a check before the insert, keeps confirmed bookings within capacity. The update also locks the session row until commit, which
 * orders concurrent bookings of one session: the order of the waitlist numbers is the order of arrival at that lock.
 *
 * <p>On PostgreSQL the database takes these steps in one call, {@code place_booking} (decision 0006), which keeps the
 * session's lock for a single round trip; on H2 they run here a statement at a time in one transaction (the caller's,
 * if any). Both pass the same tests ({@code BookingIT} runs on each).
 */
@Component
class Placement {

    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final TransactionTemplate transaction;
    private final DatabaseKind database;
    private final AuditLog audit;

    Placement(
            SessionRepository sessions,
            BookingRepository bookings,
            TransactionTemplate transaction,
            DatabaseKind database,
            AuditLog audit) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.transaction = transaction;
        this.database = database;
        this.audit = audit;
    }

    /**
     * The booking made; empty where the resident already has a live booking of the session or the booker already
     * used the idempotency key, with the place or the place in line taken given back (a waitlist number taken stays
     * unused: positions count the bookings in line, not the numbers).
     */
    Optional<Booking> place(
            AccessScope scope,
            BookableSession session,
            Unrecorded<ResidentFacts> read,
            @Nullable String idempotencyKey,
            Instant now) {
        ResidentFacts facts = read.value();
        OfferedService service = session.service();
        BookingRow asked = new BookingRow(
                0,
                session.sessionId(),
                service.id(),
                service.facilityId(),
                facts.residentId(),
                facts.householdId(),
                facts.communityId(),
                scope.userId(),
                idempotencyKey,
                service.needsApproval() ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED,
                null,
                null,
                Eligibility.price_fen(service, facts),
                now);
        Optional<Placed> placed = database.isPostgres()
                ? bookings.placeInDatabase(asked, session.lookedFull(), read.read())
                : Objects.requireNonNull(transaction.execute(status -> {
                    audit.record(read.read());
                    return placeHere(asked, session.lookedFull());
                }));
        return placed.map(p -> p.booking(asked));
    }

    /** A booking inserted with its id, and its waitlist number and place in line where it joined the line. */
    record Placed(long bookingId, SessionRepository.@Nullable LinePlace line) {

        /** The booking asked for as placed: its status as asked where it took a place, waitlisted with its number. */
        BookingRow row(BookingRow asked) {
            return line == null
                    ? asked.placed(bookingId, asked.status(), null)
                    : asked.placed(bookingId, BookingStatus.WAITLISTED, line.seq());
        }

        Booking booking(BookingRow asked) {
            return row(asked).view(line == null ? null : line.position());
        }
    }

    private Optional<Placed> placeHere(BookingRow asked, boolean lookedFull) {
        long session = asked.sessionId();
        SessionRepository.@Nullable LinePlace line = lineOrPlace(session, lookedFull);
        OptionalLong id = bookings.insertIfNew(new Placed(0, line).row(asked));
        if (id.isEmpty()) {
            if (line == null) {
                sessions.releasePlace(session);
            } else {
                sessions.leaveWaitlist(session);
            }
            return Optional.empty();
        }
        return Optional.of(new Placed(id.getAsLong(), line));
    }

    /**
     * Takes a place (null) or, where the session is full, a place in its line. A session that looked full when read
     * most likely still is, so the line is tried first, saving the update that would find no place. Both updates are
     * conditional and run under the session's row lock, so a free place is never missed and a full session never
     * overfilled; the loop goes round again only where a booking or a cancellation came in between.
     */
    private SessionRepository.@Nullable LinePlace lineOrPlace(long session, boolean lookedFull) {
        boolean lineFirst = lookedFull;
        while (true) {
            if (!lineFirst && sessions.tryTakePlace(session)) {
                return null;
            }
            Optional<SessionRepository.LinePlace> line = sessions.joinWaitlistIfFull(session);
            if (line.isPresent()) {
                return line.get();
            }
            lineFirst = false;
        }
    }
}
