package org.doorstep.app.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.privacy.AuditLog;
import org.doorstep.app.privacy.PendingRead;
import org.doorstep.app.privacy.Unrecorded;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.app.registry.ResidentFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking sessions for residents, as a signed-in user: residents for their own households, community workers and
 * street officers for residents of their places, administrators for anyone. A full session waitlists the booking
 * (not an error); a rule that refuses it throws {@link IneligibleException} and is counted for planning.
 *
 * <p>A booking takes three steps, each atomic on its own and none holding a transaction open across the others: the
 * session's read (mostly a copy kept for a few seconds, {@link ServiceCatalog#findBookable}), the read of the
 * resident's facts, then either the refusal count or the placement. The read's audit entry commits with the placement
 * (for a refusal, before it): an entry committed on its own made the read four times as costly. A placement that
 * fails records the entry alone, since the read happened all the same. A placement that finds the resident's live
 * booking or the key's earlier one writes nothing but the entry. On PostgreSQL each step is one round trip (decision
 * 0006), and the session's row is locked for the placement's alone. The steps share one connection (a transaction
 * scope without a transaction), so that a booking takes one from the pool once, not once a step.
 */
@Service
public class BookingService {

    private final ServiceCatalog catalog;
    private final BookingRepository bookings;
    private final Placement placement;
    private final BookingChanges changes;
    private final RefusalLog refusals;
    private final RegistryService registry;
    private final AuditLog audit;
    private final Clock clock;

    BookingService(
            ServiceCatalog catalog,
            BookingRepository bookings,
            Placement placement,
            BookingChanges changes,
            RefusalLog refusals,
            RegistryService registry,
            AuditLog audit,
            Clock clock) {
        this.catalog = catalog;
        this.bookings = bookings;
        this.placement = placement;
        this.changes = changes;
        this.refusals = refusals;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Books a session for a resident: CONFIRMED (or REQUESTED, where the service needs approval) while places are
     * free, else WAITLISTED with its place in line. A repeated idempotency key of the same user returns the booking
     * made the first time.
     *
     * @throws IneligibleException naming the rule that refuses the resident
     * @throws org.springframework.web.server.ResponseStatusException 404 for a session or resident the user cannot
     *     see, 409 where the resident already holds a live booking of the session or the key was used for another
     *     request
     * @throws org.doorstep.app.account.ScopeDeniedException for operators and planners, who book for nobody
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Booking book(AccessScope scope, NewBooking request) {
        return book(scope, request, false);
    }

    /**
     * Books a childcare session (of a {@link ServiceKind#isChildcare()} kind) whose own rules, the child's age group
     * in months, the childcare module has checked; otherwise as {@link #book}, which refuses childcare sessions.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Booking enrol(AccessScope scope, NewBooking request) {
        return book(scope, request, true);
    }

    /**
     * The bookings of a household the user sees for sessions starting in {@code [from, to)}, by session start: for
     * monthly fees.
     */
    public List<Booking> listHouseholdBookings(AccessScope scope, long householdId, Instant from, Instant to) {
        return bookings.listOfHousehold(scope, householdId, from, to).stream()
                .map(changes::withPosition)
                .toList();
    }

    /**
     * The bookings the user sees (a resident its households') of sessions not yet over, by session start, with lapsed
     * offers passed on first so that none shows an offer that has run out.
     */
    public List<UpcomingBooking> listUpcomingBookings(AccessScope scope) {
        Instant now = clock.instant();
        changes.expireLapsedOffers(null);
        return bookings.listUpcoming(scope, now).stream()
                .map(u -> new UpcomingBooking(changes.withPosition(u.row()), u.serviceName(), u.startsAt(), u.endsAt()))
                .toList();
    }

    // A repeated idempotency key is found when its booking's insert meets the first one (or, for a request
    // that would now be refused, before the refusal), not by a look-up before every booking: retries are rare.
    private Booking book(AccessScope scope, NewBooking request, boolean childcareChecked) {
        scope.requireIndividuals();
        String key = request.idempotencyKey();
        BookableSession session = catalog.findBookable(request.sessionId())
                .orElseThrow(() -> Refusals.notFound("session", request.sessionId()));
        OfferedService service = session.service();
        if (service.kind().isChildcare() && !childcareChecked) {
            throw new IneligibleException(
                    "CHILDCARE_ENROLMENT", "childcare is booked through /api/childcare/enrolments");
        }
        Unrecorded<ResidentFacts> read = registry.readResidentFacts(scope, request.residentId())
                .orElseThrow(() -> Refusals.notFound("resident", request.residentId()));
        ResidentFacts facts = read.value();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Eligibility.Refusal> refusal = Eligibility.check(service, session.startsAt(), facts, now);
        if (refusal.isPresent()) {
            audit.record(read.read());
            Optional<Booking> earlier = replay(scope, request, key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            refusals.record(service.id(), facts.communityId(), refusal.get().rule(), now);
            throw new IneligibleException(refusal.get().rule(), refusal.get().detail());
        }
        Optional<Booking> placed;
        try {
            placed = placement.place(scope, session, read, key, now);
        } catch (RuntimeException e) {
            recordAfterFailure(read.read(), e);
            throw e;
        }
        return placed.or(() -> replay(scope, request, key))
                .orElseThrow(() -> Refusals.conflict("resident " + request.residentId()
                        + " already has a live booking of session " + request.sessionId()));
    }

    /** A booking the user sees, with lapsed offers of its session passed on first. */
    public Booking getBooking(AccessScope scope, long bookingId) {
        BookingRow row = changes.visible(scope, bookingId);
        return changes.view(scope, row.sessionId(), bookingId);
    }

    /** The session's bookings the user sees (an operator its own facilities', a worker its residents'), by id. */
    public List<Booking> listSessionBookings(AccessScope scope, long sessionId) {
        changes.expireLapsedOffers(sessionId);
        return bookings.listOfSession(scope, sessionId).stream()
                .map(changes::withPosition)
                .toList();
    }

    /** Cancels a live booking; a place it held goes to the next in line (an offer) or back to the session. */
    public Booking cancel(AccessScope scope, long bookingId) {
        return changes.cancel(scope, bookingId);
    }

    /** Accepts the offer of a freed place made to a waitlisted booking, before its deadline. */
    public Booking accept(AccessScope scope, long bookingId) {
        return changes.accept(scope, bookingId);
    }

    /** The operator confirms a REQUESTED booking. */
    public Booking confirm(AccessScope scope, long bookingId) {
        return changes.markByOperator(scope, bookingId, BookingStatus.REQUESTED, BookingStatus.CONFIRMED);
    }

    /** The operator records that the resident came. */
    public Booking markAttended(AccessScope scope, long bookingId) {
        return changes.markByOperator(scope, bookingId, BookingStatus.CONFIRMED, BookingStatus.ATTENDED);
    }

    /** The operator records that the resident did not come. */
    public Booking markNoShow(AccessScope scope, long bookingId) {
        return changes.markByOperator(scope, bookingId, BookingStatus.CONFIRMED, BookingStatus.NO_SHOW);
    }

    /** Records a read whose placement failed and took its entry with it: the read happened all the same. */
    private void recordAfterFailure(PendingRead read, RuntimeException failure) {
        try {
            audit.record(read);
        } catch (RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    /** The booking made earlier with the user's key, if any; 409 where the key was used for another request. */
    private Optional<Booking> replay(AccessScope scope, NewBooking request, @Nullable String key) {
        if (key == null) {
            return Optional.empty();
        }
        Optional<BookingRow> earlier = bookings.findByKey(scope.userId(), key);
        earlier.ifPresent(row -> {
            if (row.sessionId() != request.sessionId() || row.residentId() != request.residentId()) {
                throw Refusals.conflict("Idempotency-Key " + key + " was used for another booking request");
            }
        });
        return earlier.map(changes::withPosition);
    }
}
