package org.doorstep.app.booking;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.doorstep.app.ChangeGeneration;
import org.doorstep.app.ShortLivedCopies;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.facility.FacilitySupply;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services facilities offer and their sessions. Anyone signed in may read them; only a facility's operator (or an
 * administrator) adds services and sessions or changes a session's times and capacity, and to an operator another's
 * facility does not exist (404).
 */
@Service
public class ServiceCatalog {

    /** Beyond this many copies of bookable sessions the cache starts again empty. */
    private static final int MAX_BOOKABLE_COPIES = 10_000;

    private final ServiceRepository services;
    private final SessionRepository sessions;
    private final FacilityService facilities;
    private final ServiceRules rules;
    private final Waitlist waitlist;
    private final Clock clock;
    private final ChangeGeneration sessionChanges = new ChangeGeneration();
    private final ShortLivedCopies<Long, BookableSession> bookable;

    ServiceCatalog(
            ServiceRepository services,
            SessionRepository sessions,
            FacilityService facilities,
            ServiceRules rules,
            Waitlist waitlist,
            Clock clock,
            BookingProperties properties) {
        this.services = services;
        this.sessions = sessions;
        this.facilities = facilities;
        this.rules = rules;
        this.waitlist = waitlist;
        this.clock = clock;
        this.bookable =
                new ShortLivedCopies<>(sessionChanges, clock, properties.sessionCacheTime(), MAX_BOOKABLE_COPIES);
    }

    /**
     * Adds a service to a facility the user runs.
     *
     * @throws org.springframework.web.server.ResponseStatusException 404 for a facility the user does not run, 400
     *     naming a bad field
     */
    @Transactional
    public OfferedService createService(AccessScope scope, NewService service) {
        FacilitySupply facility = managedFacility(scope, service.facilityId());
        List<Long> area =
                service.areaCommunityIds().isEmpty() ? List.of(facility.communityId()) : service.areaCommunityIds();
        rules.check(service, area);
        return getService(services.insert(service, area, clock.instant()));
    }

    /** Adds a session to a service of a facility the user runs. */
    @Transactional
    public ServiceSession createSession(AccessScope scope, NewSession session) {
        OfferedService service = findService(session.serviceId())
                .filter(s -> BookingAccess.manages(scope, s.facilityId()))
                .orElseThrow(() -> Refusals.notFound("service", session.serviceId()));
        rules.check(session);
        long id = sessions.insert(session, service.facilityId());
        // A new session needs no copy made stale, save where its id was used before: after a test emptied the
        // database, for a server (a test context) kept from before.
        sessionChanges.changed();
        return getSession(id);
    }

    /**
     * Changes a session's capacity (and carers on duty), keeping its times; as {@link #editSession}.
     *
     * @throws org.springframework.web.server.ResponseStatusException 409 where more places are held than the new
     *     capacity
     */
    @Transactional
    public ServiceSession resizeSession(AccessScope scope, long sessionId, int capacity, @Nullable Integer carers) {
        ServiceSession session = managedSession(scope, sessionId);
        return editSession(scope, sessionId, new SessionChange(session.startsAt(), session.endsAt(), capacity, carers));
    }

    /**
     * Moves a session and sets its capacity (and carers on duty), never below the places it holds. Places a raise
     * frees go to the waitlist in line, as offers with a deadline, the way a cancelled booking's place does.
     *
     * @throws org.springframework.web.server.ResponseStatusException 404 for a session the user does not run, 400
     *     naming a bad field, 409 naming {@code capacity} where more places are held than the new capacity
     */
    @Transactional
    public ServiceSession editSession(AccessScope scope, long sessionId, SessionChange change) {
        ServiceSession session = managedSession(scope, sessionId);
        rules.check(new NewSession(
                session.serviceId(), change.startsAt(), change.endsAt(), change.capacity(), change.carers()));
        sessions.lock(sessionId);
        sessionChanges.changed();
        waitlist.expireLapsedOffers(sessionId);
        if (!sessions.update(sessionId, change)) {
            int held = getSession(sessionId).held();
            throw Refusals.conflict("capacity: session " + sessionId + " holds " + held
                    + " places (confirmed, requested or offered), more than " + change.capacity());
        }
        waitlist.offerFreePlaces(sessionId, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return getSession(sessionId);
    }

    public Optional<OfferedService> findService(long serviceId) {
        return services.find(serviceId);
    }

    public OfferedService getService(long serviceId) {
        return findService(serviceId).orElseThrow(() -> Refusals.notFound("service", serviceId));
    }

    public List<OfferedService> listServices(long facilityId) {
        return services.listOfFacility(facilityId);
    }

    /**
     * The session's start and its service with its area, read together: for booking it. Every booking reads them, and
     * services never change once offered, so a copy serves the bookings of the next few seconds; making or moving a
     * session through this server makes the copies stale at once. Whether the session looked full is a hint, which the
     * placement checks under the session's lock.
     */
    Optional<BookableSession> findBookable(long sessionId) {
        return bookable.get(sessionId, () -> services.findBookable(sessionId));
    }

    public Optional<ServiceSession> findSession(long sessionId) {
        return sessions.find(sessionId);
    }

    /** A session as it stands, lapsed offers passed on first. */
    public ServiceSession getSession(long sessionId) {
        waitlist.expireLapsedOffers(sessionId);
        return findSession(sessionId).orElseThrow(() -> Refusals.notFound("session", sessionId));
    }

    public List<ServiceSession> listSessions(long serviceId) {
        return sessions.listOfService(getService(serviceId).id());
    }

    /** A session of a facility the user runs; 404 otherwise. */
    ServiceSession managedSession(AccessScope scope, long sessionId) {
        scope.requireRole(Role.OPERATOR, Role.ADMIN);
        return findSession(sessionId)
                .filter(s -> BookingAccess.manages(scope, s.facilityId()))
                .orElseThrow(() -> Refusals.notFound("session", sessionId));
    }

    private FacilitySupply managedFacility(AccessScope scope, long facilityId) {
        scope.requireRole(Role.OPERATOR, Role.ADMIN);
        if (!BookingAccess.manages(scope, facilityId)) {
            throw Refusals.notFound("facility", facilityId);
        }
        return facilities.findFacility(facilityId).orElseThrow(() -> Refusals.notFound("facility", facilityId));
    }
}
